#include "widgets/SuggestedReplyBar.h"

#include "chat/ChatHub.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vitrine {

SuggestedReplyBar::SuggestedReplyBar(ChatHub* hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_label(new QLabel(this)), m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("suggestedReply"));
    m_label->setObjectName(QStringLiteral("suggestedReplyText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("sendSuggestedReply"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_send, 0, Qt::AlignTop);
    connect(m_send, &QPushButton::clicked, this, &SuggestedReplyBar::send);
    // The catalogue (stock, prices) or the pinned product may change while a question stays selected.
    connect(hub, &ChatHub::replyContextChanged, this, &SuggestedReplyBar::refresh);
    connect(hub, &ChatHub::connectorStateChanged, this, &SuggestedReplyBar::refresh);
    setVisible(false);
}

void SuggestedReplyBar::setQuestion(const QString& key)
{
    m_key = key;
    refresh();
}

void SuggestedReplyBar::refresh()
{
    const std::optional<ReplyBuilder::Proposal> proposal =
        m_key.isEmpty() ? std::nullopt : m_hub->proposeReply(m_key);
    m_text = proposal ? proposal->text : QString();
    setVisible(proposal.has_value());
    if (!proposal)
        return;
    m_label->setText(tr("<b>Suggested reply:</b> %1").arg(m_text.toHtmlEscaped()));
    const std::optional<ChatMessage> asked = m_hub->message(m_key);
    const QString platform = asked ? chatPlatformInfo(asked->platform).name() : QString();
    m_send->setText(tr("Send on %1").arg(platform));
    const bool allowed = m_hub->canReply(m_key);
    m_send->setEnabled(allowed);
    m_send->setToolTip(allowed ? tr("Sends this reply to the %1 chat the question came from and marks it "
                                    "answered")
                                     .arg(platform)
                               : tr("The studio cannot write to this %1 chat: sign in with an account that "
                                    "may post there")
                                     .arg(platform));
}

void SuggestedReplyBar::send()
{
    QString error;
    if (!m_hub->sendReply(m_key, m_text, &error))
        Q_EMIT errorOccurred(error);
}

} // namespace vitrine
