#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace vitrine {

class ChatHub;

// Where the host writes: to every chat the studio may write to, or, after replyTo(), to the one chat a
// message came from (its platform named on the button, "@author " started in the box). Sending goes
// through the ChatHub; what the platforms refuse is reported through message().
class ChatComposer : public QWidget {
    Q_OBJECT
public:
    explicit ChatComposer(ChatHub* hub, QWidget* parent = nullptr);

    // The next message answers this one (by ChatMessage::key()), on its platform only.
    void replyTo(const QString& key);
    void cancelReply();
    QString replyKey() const { return m_replyKey; }
    // The "send to every chat" button's tooltip names the chats that cannot take it, and why.
    void refreshReasons();

Q_SIGNALS:
    // A translated line for the host: sent, or why not.
    void message(const QString& text);

private:
    void onSend();
    void showMode();

    ChatHub* m_hub;
    QLabel* m_replyTarget;
    QToolButton* m_cancelReply;
    QLineEdit* m_box;
    QPushButton* m_send;
    QString m_replyKey;
};

} // namespace vitrine
