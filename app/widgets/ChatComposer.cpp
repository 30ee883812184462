#include "widgets/ChatComposer.h"

#include "chat/ChatHub.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrine {

ChatComposer::ChatComposer(ChatHub* hub, QWidget* parent) : QWidget(parent), m_hub(hub)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* replyRow = new QHBoxLayout;
    m_replyTarget = new QLabel(this);
    m_replyTarget->setObjectName(QStringLiteral("chatReplyTarget"));
    m_replyTarget->setTextFormat(Qt::PlainText);
    m_cancelReply = new QToolButton(this);
    m_cancelReply->setObjectName(QStringLiteral("chatReplyCancel"));
    m_cancelReply->setText(QStringLiteral("✕"));
    m_cancelReply->setToolTip(tr("Write to every chat again"));
    connect(m_cancelReply, &QToolButton::clicked, this, &ChatComposer::cancelReply);
    replyRow->addWidget(m_replyTarget, 1);
    replyRow->addWidget(m_cancelReply);
    layout->addLayout(replyRow);

    auto* sendRow = new QHBoxLayout;
    m_box = new QLineEdit(this);
    m_box->setObjectName(QStringLiteral("chatSendBox"));
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("chatSendButton"));
    sendRow->addWidget(m_box, 1);
    sendRow->addWidget(m_send);
    layout->addLayout(sendRow);
    connect(m_send, &QPushButton::clicked, this, &ChatComposer::onSend);
    connect(m_box, &QLineEdit::returnPressed, this, &ChatComposer::onSend);
    connect(hub, &ChatHub::connectorStateChanged, this, &ChatComposer::refreshReasons);
    connect(hub, &ChatHub::errorOccurred, this, &ChatComposer::refreshReasons);
    showMode();
}

void ChatComposer::replyTo(const QString& key)
{
    const std::optional<ChatMessage> found = m_hub->message(key);
    if (!found)
        return;
    if (const QString why = m_hub->replyRefusal(key); !why.isEmpty()) {
        Q_EMIT message(why);
        return;
    }
    m_replyKey = key;
    const QString mention = u'@' + found->author.name + u' ';
    if (!m_box->text().startsWith(mention))
        m_box->setText(mention + m_box->text());
    showMode();
    m_box->setFocus();
    m_box->end(false);
}

void ChatComposer::cancelReply()
{
    m_replyKey.clear();
    showMode();
}

void ChatComposer::showMode()
{
    const std::optional<ChatMessage> target =
        m_replyKey.isEmpty() ? std::nullopt : m_hub->message(m_replyKey);
    if (!target) {
        m_replyKey.clear();
        m_replyTarget->hide();
        m_cancelReply->hide();
        m_box->setPlaceholderText(tr("Message to every chat…"));
        m_send->setText(tr("Send to all chats"));
        refreshReasons();
        return;
    }
    const QString platform = chatPlatformInfo(target->platform).name();
    QString quoted = target->text;
    if (quoted.size() > 60)
        quoted = quoted.left(59) + u'…';
    m_replyTarget->setText(tr("Reply to %1 on %2: “%3”").arg(target->author.name, platform, quoted));
    m_replyTarget->show();
    m_cancelReply->show();
    m_box->setPlaceholderText(tr("Reply on %1…").arg(platform));
    m_send->setText(tr("Reply on %1").arg(platform));
    m_send->setToolTip(tr("Sends to the %1 chat this message came from, and nowhere else").arg(platform));
}

void ChatComposer::refreshReasons()
{
    if (!m_replyKey.isEmpty())
        return;
    QStringList reasons;
    for (const ChatConnector* connector : m_hub->connectors()) {
        const QString why = connector->capabilityReason(ChatConnector::CanSend);
        if (!why.isEmpty())
            reasons.append(why);
    }
    m_send->setToolTip(reasons.isEmpty() ? tr("Sends to every connected chat")
                                         : tr("Sends to every chat that lets the studio write. Not to:\n%1")
                                               .arg(reasons.join(QLatin1Char('\n'))));
}

void ChatComposer::onSend()
{
    const QString text = m_box->text();
    if (text.trimmed().isEmpty())
        return;
    if (!m_replyKey.isEmpty()) {
        const std::optional<ChatMessage> target = m_hub->message(m_replyKey);
        QString error;
        // An answer in the chat answers the question (sendReply marks it).
        if (!m_hub->sendReply(m_replyKey, text, &error)) {
            Q_EMIT message(error);
            return;
        }
        m_box->clear();
        cancelReply();
        if (target)
            Q_EMIT message(tr("Reply sent to %1.").arg(chatPlatformInfo(target->platform).name()));
        return;
    }
    QStringList errors;
    const int sent = m_hub->postToAll(text, &errors);
    if (sent > 0)
        m_box->clear();
    if (!errors.isEmpty())
        Q_EMIT message(errors.join(QLatin1Char('\n')));
}

} // namespace vitrine
