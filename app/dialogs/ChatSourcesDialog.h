#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vitrine {

// Which chats the merged chat reads: a list of "platform:target" entries, each checked as it is added.
class ChatSourcesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChatSourcesDialog(const QStringList& specs, QWidget* parent = nullptr);

    QStringList specs() const;

private:
    void onAdd();
    void updateButtons();

    QListWidget* m_list;
    QLineEdit* m_entry;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace vitrine
