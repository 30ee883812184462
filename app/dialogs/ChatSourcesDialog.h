#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace vitrine {

class ChatAccounts;

// Which chats the merged chat reads. The presenter pastes a channel or live address (or types an old
// "platform:target" spec); each is checked as it is added, stored as its spec and shown as a friendly row
// ("YouTube — current live of @maisonmoulin"). Above them, the producer's accounts (ChatAccountsPanel): sign
// in to post and moderate, and add the signed-in channel's own chat in one click.
class ChatSourcesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChatSourcesDialog(const QStringList& specs, ChatAccounts* accounts = nullptr,
                               QWidget* parent = nullptr);

    QStringList specs() const;

private:
    void onAdd();
    // Adds a pasted address or a spec; false (with the reason shown) when it is not understood or listed.
    bool add(const QString& text);
    void updateButtons();
    QListWidgetItem* addRow(const QString& stored);

    QListWidget* m_list;
    QLineEdit* m_entry;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace vitrine
