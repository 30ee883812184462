#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace vitrine {

// Which chats the merged chat reads. The presenter pastes a channel or live address (or types an old
// "platform:target" spec); each is checked as it is added, stored as its spec and shown as a friendly row
// ("YouTube — current live of @maisonmoulin").
class ChatSourcesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChatSourcesDialog(const QStringList& specs, QWidget* parent = nullptr);

    QStringList specs() const;

private:
    void onAdd();
    void updateButtons();
    QListWidgetItem* addRow(const QString& stored);

    QListWidget* m_list;
    QLineEdit* m_entry;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace vitrine
