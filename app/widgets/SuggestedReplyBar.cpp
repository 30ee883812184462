#include "widgets/SuggestedReplyBar.h"

#include "chat/ChatHub.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vitrine {
namespace {

// A tracked link is long (utm_* items): the bar shows its host, the tooltip the whole reply.
QString shortenedLinks(const QString& text)
{
    static const QRegularExpression link(QStringLiteral("https?://([^/\\s]+)\\S*"));
    QString shown = text;
    shown.replace(link, QStringLiteral("\\1/…"));
    return shown;
}

} // namespace

SuggestedReplyBar::SuggestedReplyBar(ChatHub* hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_label(new QLabel(this)), m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("suggestedReply"));
    m_label->setObjectName(QStringLiteral("suggestedReplyText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("sendSuggestedReply"));
    // The reply on its own lines across the dock's width (a narrow dock wraps it), the button under it.
    m_label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_send, 0, Qt::AlignRight);
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
    m_label->setText(tr("<b>Suggested reply:</b> %1").arg(shortenedLinks(m_text).toHtmlEscaped()));
    m_label->setToolTip(m_text);
    const std::optional<ChatMessage> asked = m_hub->message(m_key);
    const QString platform = asked ? chatPlatformInfo(asked->platform).name() : QString();
    m_send->setText(tr("Send on %1").arg(platform));
    // Greyed out with the platform's reason (an API key only, an anonymous chat, a refused token…).
    const QString refusal = m_hub->replyRefusal(m_key);
    m_send->setEnabled(refusal.isEmpty());
    m_send->setToolTip(refusal.isEmpty()
                           ? tr("Sends this reply to the %1 chat the question came from and marks "
                                "it answered")
                                 .arg(platform)
                           : refusal);
}

void SuggestedReplyBar::send()
{
    QString error;
    if (!m_hub->sendReply(m_key, m_text, &error))
        Q_EMIT errorOccurred(error);
}

} // namespace vitrine
