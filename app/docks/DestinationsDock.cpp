#include "docks/DestinationsDock.h"

#include "widgets/GoLiveBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vitrine {
namespace {

QString formatOnAir(qint64 ms)
{
    const qint64 total = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

bool isRunning(Broadcast::DestinationState state)
{
    return state != Broadcast::DestinationState::Idle && state != Broadcast::DestinationState::Failed;
}

QColor stateColour(Broadcast::DestinationState state)
{
    switch (state) {
    case Broadcast::DestinationState::Live:
        return QColor(0x4c, 0xc8, 0x60);
    case Broadcast::DestinationState::Failed:
        return QColor(0xe4, 0x48, 0x40);
    case Broadcast::DestinationState::Idle:
        return QColor(0x8a, 0x8f, 0x98);
    default:
        return QColor(0xe8, 0xb6, 0x32);
    }
}

} // namespace

DestinationsDock::DestinationsDock(Broadcast* broadcast, LiveFigures* figures, GoLiveBar* goLiveBar,
                                   QWidget* parent)
    : QDockWidget(tr("Destinations"), parent), m_broadcast(broadcast), m_goLiveBar(goLiveBar)
{
    setObjectName(QStringLiteral("destinationsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_uplinkWarning = new QLabel(content);
    m_uplinkWarning->setObjectName(QStringLiteral("uplinkWarning"));
    m_uplinkWarning->setWordWrap(true);
    m_uplinkWarning->setProperty("severity", QStringLiteral("warning"));
    m_uplinkWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #5a4210; color: #ffe9b0; padding: 4px; }"));
    m_uplinkWarning->hide();
    layout->addWidget(m_uplinkWarning);

    m_table = new QTreeWidget(content);
    m_table->setObjectName(QStringLiteral("destinationsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Destination"), tr("State"), tr("Bitrate"), tr("Dropped"), tr("Congestion"),
                              tr("Reconnects"), tr("On air"), QString()});
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    for (int column = BitrateColumn; column < ColumnCount; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_startAll = new QPushButton(tr("Start all"), content);
    m_startAll->setObjectName(QStringLiteral("startAllDestinations"));
    m_startAll->setToolTip(tr("Go live on every enabled destination"));
    m_stopAll = new QPushButton(tr("Stop all"), content);
    m_stopAll->setObjectName(QStringLiteral("stopAllDestinations"));
    m_stopAll->setToolTip(tr("End the live on every destination"));
    auto* edit = new QPushButton(tr("Destinations…"), content);
    edit->setToolTip(tr("Add, remove or change destinations (also while live)"));
    buttons->addWidget(m_startAll);
    buttons->addWidget(m_stopAll);
    buttons->addStretch(1);
    buttons->addWidget(edit);
    layout->addLayout(buttons);
    setWidget(content);

    // Start all and Stop all are the go-live bar's button: the same confirmation and "Cannot go live" box.
    connect(m_startAll, &QPushButton::clicked, this, [this] {
        if (!m_broadcast->isActive())
            m_goLiveBar->liveButton()->click();
    });
    connect(m_stopAll, &QPushButton::clicked, this, [this] {
        if (m_broadcast->isActive())
            m_goLiveBar->liveButton()->click();
    });
    connect(edit, &QPushButton::clicked, this, &DestinationsDock::destinationsRequested);
    connect(broadcast, &Broadcast::destinationsReset, this, &DestinationsDock::rebuild);
    connect(broadcast, &Broadcast::destinationChanged, this, &DestinationsDock::showDestination);
    connect(broadcast, &Broadcast::stateChanged, this, &DestinationsDock::showLiveState);
    connect(figures, &LiveFigures::sampled, this, &DestinationsDock::showSample);
    rebuild();
}

QToolButton* DestinationsDock::startStopButton(int row) const
{
    return m_startStopButtons.value(row);
}

QToolButton* DestinationsDock::reconnectButton(int row) const
{
    return m_reconnectButtons.value(row);
}

QString DestinationsDock::text(int row, Column column) const
{
    const QTreeWidgetItem* item = m_table->topLevelItem(row);
    return item ? item->text(column) : QString();
}

void DestinationsDock::rebuild()
{
    m_table->clear();
    m_startStopButtons.clear();
    m_reconnectButtons.clear();
    const QList<Broadcast::DestinationStatus> statuses = m_broadcast->destinations();
    for (int row = 0; row < statuses.size(); ++row) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(NameColumn, statuses[row].destination.name);
        for (int column = BitrateColumn; column < ActionsColumn; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        auto* actions = new QWidget(m_table);
        auto* actionsLayout = new QHBoxLayout(actions);
        actionsLayout->setContentsMargins(0, 0, 0, 0);
        actionsLayout->setSpacing(2);
        auto* startStop = new QToolButton(actions);
        startStop->setObjectName(QStringLiteral("startStopDestination%1").arg(row));
        auto* reconnect = new QToolButton(actions);
        reconnect->setObjectName(QStringLiteral("reconnectDestination%1").arg(row));
        reconnect->setText(tr("Reconnect"));
        reconnect->setToolTip(tr("Reconnect now: try at once instead of waiting, or make a new connection"));
        actionsLayout->addWidget(startStop);
        actionsLayout->addWidget(reconnect);
        m_table->setItemWidget(item, ActionsColumn, actions);
        m_startStopButtons << startStop;
        m_reconnectButtons << reconnect;
        connect(startStop, &QToolButton::clicked, this, [this, row] { onStartStop(row); });
        connect(reconnect, &QToolButton::clicked, this, [this, row] { m_broadcast->reconnectNow(row); });
        showDestination(row);
    }
    showLiveState();
}

QString DestinationsDock::stateText(const Broadcast::DestinationStatus& status) const
{
    switch (status.state) {
    case Broadcast::DestinationState::Idle:
        return status.destination.enabled ? tr("Stopped") : tr("Disabled");
    case Broadcast::DestinationState::ReadingKey:
        return tr("Reading the key…");
    case Broadcast::DestinationState::Connecting:
        return tr("Connecting…");
    case Broadcast::DestinationState::Live:
        return tr("Live");
    case Broadcast::DestinationState::Reconnecting:
        if (status.retryInMs > 0)
            return tr("Reconnecting — try %1 in %2 s")
                .arg(status.attempt)
                .arg((status.retryInMs + 999) / 1000);
        return tr("Reconnecting — try %1…").arg(status.attempt);
    case Broadcast::DestinationState::Failed:
        switch (status.failure) {
        case Broadcast::Failure::KeyRejected:
            return tr("Failed — key rejected");
        case Broadcast::Failure::NoKey:
            return tr("Failed — no key");
        case Broadcast::Failure::Unreachable:
            return tr("Failed — server unreachable");
        case Broadcast::Failure::GaveUp:
            return tr("Failed — gave up reconnecting");
        case Broadcast::Failure::BadAddress:
            return tr("Failed — bad address");
        default:
            return tr("Failed");
        }
    }
    return QString();
}

void DestinationsDock::showDestination(int row)
{
    QTreeWidgetItem* item = m_table->topLevelItem(row);
    const QList<Broadcast::DestinationStatus> statuses = m_broadcast->destinations();
    if (!item || row >= statuses.size())
        return;
    const Broadcast::DestinationStatus& status = statuses[row];
    item->setText(StateColumn, stateText(status));
    item->setForeground(StateColumn, stateColour(status.state));
    item->setToolTip(StateColumn, status.error);
    item->setText(ReconnectsColumn, QLocale().toString(status.reconnects));
    item->setText(OnAirColumn, status.state == Broadcast::DestinationState::Live ? formatOnAir(status.liveMs)
                                                                                 : QStringLiteral("—"));
    const bool running = isRunning(status.state);
    QToolButton* startStop = m_startStopButtons.value(row);
    startStop->setText(running ? tr("Stop") : tr("Start"));
    startStop->setToolTip(running
                              ? tr("Stop streaming to “%1”; the others go on").arg(status.destination.name)
                              : tr("Start streaming to “%1”").arg(status.destination.name));
    startStop->setEnabled(m_broadcast->state() != Broadcast::State::Stopping);
    m_reconnectButtons.value(row)->setEnabled(m_broadcast->isActive() &&
                                              m_broadcast->state() != Broadcast::State::Stopping &&
                                              status.state != Broadcast::DestinationState::ReadingKey &&
                                              status.state != Broadcast::DestinationState::Connecting);
}

void DestinationsDock::showSample(const LiveSample& sample)
{
    for (int row = 0; row < sample.destinations.size() && row < m_table->topLevelItemCount(); ++row) {
        const DestinationFigures& figures = sample.destinations[row];
        QTreeWidgetItem* item = m_table->topLevelItem(row);
        const bool onAir = figures.status.state == Broadcast::DestinationState::Live;
        item->setText(BitrateColumn, onAir ? tr("%1 kb/s").arg(QLocale().toString(figures.kbps, 'f', 0))
                                           : QStringLiteral("—"));
        const double droppedPercent = figures.stats.totalFrames > 0
                                          ? 100.0 * figures.stats.framesDropped / figures.stats.totalFrames
                                          : 0.0;
        item->setText(DroppedColumn, tr("%1 (%2%)")
                                         .arg(QLocale().toString(figures.stats.framesDropped))
                                         .arg(QLocale().toString(droppedPercent, 'f', 1)));
        item->setText(CongestionColumn,
                      onAir ? tr("%1%").arg(QLocale().toString(100.0 * figures.stats.congestion, 'f', 0))
                            : QStringLiteral("—"));
        item->setText(OnAirColumn, onAir ? formatOnAir(figures.status.liveMs) : QStringLiteral("—"));
        if (figures.status.state == Broadcast::DestinationState::Reconnecting)
            item->setText(StateColumn, stateText(figures.status)); // the countdown to the next try
    }
    m_uplinkWarning->setVisible(sample.uplinkShort);
    if (sample.uplinkShort)
        m_uplinkWarning->setText(
            tr("Your connection is not carrying every destination: %1 of %2 kb/s sent. Stop a destination, "
               "lower the video bitrate in Settings, or send one stream to a relay server that feeds the "
               "platforms.")
                .arg(QLocale().toString(sample.sentKbps, 'f', 0))
                .arg(QLocale().toString(sample.expectedKbps, 'f', 0)));
}

void DestinationsDock::showLiveState()
{
    const Broadcast::State state = m_broadcast->state();
    m_startAll->setEnabled(state == Broadcast::State::Offline);
    m_stopAll->setEnabled(state == Broadcast::State::Starting || state == Broadcast::State::Live);
    if (state == Broadcast::State::Offline)
        m_uplinkWarning->hide();
    for (int row = 0; row < m_table->topLevelItemCount(); ++row)
        showDestination(row);
}

void DestinationsDock::onStartStop(int row)
{
    const QList<Broadcast::DestinationStatus> statuses = m_broadcast->destinations();
    if (row >= statuses.size())
        return;
    if (!isRunning(statuses[row].state)) {
        QString error;
        if (!m_broadcast->startDestination(row, &error))
            Q_EMIT message(error);
        return;
    }
    int others = 0;
    for (int i = 0; i < statuses.size(); ++i)
        others += (i != row && isRunning(statuses[i].state)) ? 1 : 0;
    // The last destination on air takes the live with it: that is the go-live bar's question.
    if (others == 0 && !m_goLiveBar->confirmStopLive())
        return;
    m_broadcast->stopDestination(row);
}

} // namespace vitrine
