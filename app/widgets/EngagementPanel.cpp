#include "widgets/EngagementPanel.h"

#include "chat/ChatHub.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitrine {

EngagementPanel::EngagementPanel(ChatHub* hub, QWidget* parent) : QWidget(parent), m_hub(hub)
{
    setObjectName(QStringLiteral("engagementPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(buildGiveaway());
    layout->addWidget(buildPoll());
    layout->addStretch(1);
    connect(hub->giveaway(), &Giveaway::changed, this, &EngagementPanel::refreshGiveaway);
    connect(hub->poll(), &ChatPoll::changed, this, &EngagementPanel::refreshPoll);
    refreshGiveaway();
    refreshPoll();
}

QWidget* EngagementPanel::buildGiveaway()
{
    auto* box = new QGroupBox(tr("Giveaway"), this);
    m_keyword = new QLineEdit(QStringLiteral("#gagner"), box);
    m_keyword->setObjectName(QStringLiteral("giveawayKeyword"));
    m_keyword->setToolTip(tr("What viewers write in any chat to enter: one entry per viewer and platform"));
    m_claimedOnly = new QCheckBox(tr("Only viewers who claimed a product"), box);
    m_claimedOnly->setObjectName(QStringLiteral("giveawayClaimedOnly"));
    m_claimedOnly->setToolTip(
        tr("Entries count only from viewers who wrote a claim (SOLD, je prends) in this show"));
    m_giveawayButton = new QPushButton(box);
    m_giveawayButton->setObjectName(QStringLiteral("giveawayStart"));
    connect(m_giveawayButton, &QPushButton::clicked, this, &EngagementPanel::toggleGiveaway);
    m_draw = new QPushButton(tr("Draw a winner"), box);
    m_draw->setObjectName(QStringLiteral("giveawayDraw"));
    m_draw->setToolTip(tr("Closes the entries and draws one at random; the draw is written to the event log "
                          "with its seed, so it can be checked"));
    connect(m_draw, &QPushButton::clicked, this, [this] { m_hub->drawGiveaway(); });
    m_entries = new QLabel(box);
    m_entries->setObjectName(QStringLiteral("giveawayEntries"));
    m_winner = new QLabel(box);
    m_winner->setObjectName(QStringLiteral("giveawayWinner"));
    m_winner->setWordWrap(true);
    auto* keywordRow = new QHBoxLayout;
    keywordRow->addWidget(new QLabel(tr("Keyword:"), box));
    keywordRow->addWidget(m_keyword, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_entries, 1);
    buttons->addWidget(m_giveawayButton);
    buttons->addWidget(m_draw);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(keywordRow);
    layout->addWidget(m_claimedOnly);
    layout->addLayout(buttons);
    layout->addWidget(m_winner);
    return box;
}

QWidget* EngagementPanel::buildPoll()
{
    auto* box = new QGroupBox(tr("Poll"), this);
    m_question = new QLineEdit(box);
    m_question->setObjectName(QStringLiteral("pollQuestion"));
    m_question->setPlaceholderText(tr("Which colour next?"));
    auto* form = new QFormLayout;
    form->addRow(tr("Question:"), m_question);
    for (int i = 0; i < ChatPoll::kMaxOptions; ++i) {
        auto* option = new QLineEdit(box);
        option->setObjectName(QStringLiteral("pollOption%1").arg(i + 1));
        option->setPlaceholderText(i < ChatPoll::kMinOptions ? tr("Option %1").arg(i + 1)
                                                             : tr("Option %1 (optional)").arg(i + 1));
        auto* bar = new QProgressBar(box);
        bar->setObjectName(QStringLiteral("pollBar%1").arg(i + 1));
        bar->setRange(0, 100);
        bar->setValue(0);
        bar->setMaximumWidth(110);
        auto* row = new QHBoxLayout;
        row->addWidget(option, 1);
        row->addWidget(bar);
        form->addRow(tr("%1:").arg(i + 1), row);
        m_options << option;
        m_bars << bar;
    }
    m_votes = new QLabel(box);
    m_votes->setObjectName(QStringLiteral("pollVotes"));
    m_votes->setWordWrap(true);
    m_pollButton = new QPushButton(box);
    m_pollButton->setObjectName(QStringLiteral("pollStart"));
    connect(m_pollButton, &QPushButton::clicked, this, &EngagementPanel::togglePoll);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_votes, 1);
    buttons->addWidget(m_pollButton);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return box;
}

void EngagementPanel::toggleGiveaway()
{
    if (m_hub->giveaway()->isOpen()) {
        m_hub->stopGiveaway();
        return;
    }
    Giveaway::Rules rules;
    rules.keyword = m_keyword->text();
    rules.claimedOnly = m_claimedOnly->isChecked();
    if (!m_hub->startGiveaway(rules))
        Q_EMIT errorOccurred(tr("A giveaway needs a keyword viewers can write, such as #gagner."));
}

void EngagementPanel::togglePoll()
{
    if (m_hub->poll()->isOpen()) {
        m_hub->stopPoll();
        return;
    }
    QStringList options;
    for (QLineEdit* option : std::as_const(m_options))
        if (!option->text().trimmed().isEmpty())
            options << option->text();
    if (!m_hub->startPoll(m_question->text(), options))
        Q_EMIT errorOccurred(tr("A poll needs a question and 2 to 4 different options."));
}

void EngagementPanel::refreshGiveaway()
{
    const Giveaway* giveaway = m_hub->giveaway();
    const bool open = giveaway->isOpen();
    const int entries = static_cast<int>(giveaway->entries().size());
    m_keyword->setEnabled(!open);
    m_claimedOnly->setEnabled(!open);
    m_giveawayButton->setText(open ? tr("Close entries") : tr("Start"));
    m_giveawayButton->setToolTip(open ? tr("Stops taking entries; they stay for the draw")
                                      : tr("Opens entries: viewers write the keyword in any chat"));
    m_draw->setEnabled(entries > 0);
    m_entries->setText(open ? tr("Open: %n entries", nullptr, entries) : tr("%n entries", nullptr, entries));
    const std::optional<Giveaway::Entry> winner = giveaway->winner();
    m_winner->setVisible(winner.has_value());
    if (winner)
        m_winner->setText(
            tr("<b>Winner:</b> %1 (%2)")
                .arg(winner->authorName.toHtmlEscaped(), chatPlatformInfo(winner->platform).name()));
}

void EngagementPanel::refreshPoll()
{
    const ChatPoll* poll = m_hub->poll();
    const bool open = poll->isOpen();
    m_question->setEnabled(!open);
    for (QLineEdit* option : std::as_const(m_options))
        option->setEnabled(!open);
    m_pollButton->setText(open ? tr("End poll") : tr("Start poll"));
    const QList<int> counts = poll->counts();
    const int total = poll->total();
    for (int i = 0; i < m_bars.size(); ++i) {
        const int count = counts.value(i);
        m_bars[i]->setValue(total > 0 ? (100 * count + total / 2) / total : 0);
        m_bars[i]->setFormat(tr("%1 (%p%)").arg(count));
    }
    m_votes->setText(poll->options().isEmpty() ? tr("Viewers vote by writing an option's number or its text")
                                               : tr("%n votes", nullptr, total));
}

} // namespace vitrine
