#include "docks/DestinationsDock.h"

#include "widgets/GoLiveBar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
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

    auto* scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list = new QWidget(scroll);
    m_list->setObjectName(QStringLiteral("destinationsList"));
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(6);
    m_empty = new QLabel(tr("No destination yet: add the platforms this show goes live on with "
                            "Destinations…."),
                         m_list);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_listLayout->addWidget(m_empty);
    m_listLayout->addStretch(1);
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);

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
    return row >= 0 && row < m_rows.size() ? m_rows[row].startStop : nullptr;
}

QToolButton* DestinationsDock::reconnectButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].reconnect : nullptr;
}

QString DestinationsDock::text(int row, Column column) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].fields.value(column)->text() : QString();
}

void DestinationsDock::rebuild()
{
    for (const Row& row : std::as_const(m_rows))
        delete row.card;
    m_rows.clear();
    const QList<Broadcast::DestinationStatus> statuses = m_broadcast->destinations();
    for (int index = 0; index < statuses.size(); ++index) {
        Row row;
        row.card = new QFrame(m_list);
        row.card->setObjectName(QStringLiteral("destinationCard%1").arg(index));
        static_cast<QFrame*>(row.card)->setFrameShape(QFrame::StyledPanel);
        auto* grid = new QGridLayout(row.card);
        grid->setContentsMargins(6, 4, 6, 4);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(2);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* field = new QLabel(row.card);
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
            row.fields << field;
        }
        QLabel* name = row.fields[NameColumn];
        name->setText(statuses[index].destination.name);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setMinimumWidth(60);
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.fields[StateColumn]->setWordWrap(true);
        row.startStop = new QToolButton(row.card);
        row.startStop->setObjectName(QStringLiteral("startStopDestination%1").arg(index));
        row.reconnect = new QToolButton(row.card);
        row.reconnect->setObjectName(QStringLiteral("reconnectDestination%1").arg(index));
        row.reconnect->setText(tr("Reconnect"));
        row.reconnect->setToolTip(
            tr("Reconnect now: try at once instead of waiting, or make a new connection"));
        auto* top = new QHBoxLayout;
        top->addWidget(name, 1);
        top->addWidget(row.startStop);
        top->addWidget(row.reconnect);
        grid->addLayout(top, 0, 0, 1, 4);
        grid->addWidget(row.fields[StateColumn], 1, 0, 1, 4);
        // Figures under the state, a caption before each value, two per line: they fit a narrow dock.
        const QList<QPair<Column, QString>> figures = {{BitrateColumn, tr("Bitrate")},
                                                       {DroppedColumn, tr("Dropped")},
                                                       {CongestionColumn, tr("Congestion")},
                                                       {ReconnectsColumn, tr("Reconnects")},
                                                       {OnAirColumn, tr("On air")}};
        for (int i = 0; i < figures.size(); ++i) {
            auto* caption = new QLabel(figures[i].second, row.card);
            caption->setEnabled(false); // the palette's muted text
            const int line = 2 + i / 2;
            const int place = (i % 2) * 2;
            grid->addWidget(caption, line, place);
            grid->addWidget(row.fields[figures[i].first], line, place + 1);
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(3, 1);
        m_listLayout->insertWidget(m_listLayout->count() - 1, row.card);
        connect(row.startStop, &QToolButton::clicked, this, [this, index] { onStartStop(index); });
        connect(row.reconnect, &QToolButton::clicked, this,
                [this, index] { m_broadcast->reconnectNow(index); });
        m_rows << row;
        for (int column = BitrateColumn; column < ColumnCount; ++column)
            row.fields[column]->setText(QStringLiteral("—"));
        showDestination(index);
    }
    m_empty->setVisible(m_rows.isEmpty());
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
    const QList<Broadcast::DestinationStatus> statuses = m_broadcast->destinations();
    if (row < 0 || row >= m_rows.size() || row >= statuses.size())
        return;
    const Broadcast::DestinationStatus& status = statuses[row];
    const Row& view = m_rows[row];
    QLabel* state = view.fields[StateColumn];
    state->setText(stateText(status));
    state->setStyleSheet(QStringLiteral("color: %1;").arg(stateColour(status.state).name()));
    state->setToolTip(status.error);
    view.fields[NameColumn]->setToolTip(status.destination.name);
    view.fields[ReconnectsColumn]->setText(QLocale().toString(status.reconnects));
    view.fields[OnAirColumn]->setText(
        status.state == Broadcast::DestinationState::Live ? formatOnAir(status.liveMs) : QStringLiteral("—"));
    const bool running = isRunning(status.state);
    view.startStop->setText(running ? tr("Stop") : tr("Start"));
    view.startStop->setToolTip(
        running ? tr("Stop streaming to “%1”; the others go on").arg(status.destination.name)
                : tr("Start streaming to “%1”").arg(status.destination.name));
    view.startStop->setEnabled(m_broadcast->state() != Broadcast::State::Stopping);
    view.reconnect->setEnabled(m_broadcast->isActive() &&
                               m_broadcast->state() != Broadcast::State::Stopping &&
                               status.state != Broadcast::DestinationState::ReadingKey &&
                               status.state != Broadcast::DestinationState::Connecting);
}

void DestinationsDock::showSample(const LiveSample& sample)
{
    for (int row = 0; row < sample.destinations.size() && row < m_rows.size(); ++row) {
        const DestinationFigures& figures = sample.destinations[row];
        const QList<QLabel*>& fields = m_rows[row].fields;
        const bool onAir = figures.status.state == Broadcast::DestinationState::Live;
        const QString kbps = QLocale().toString(figures.kbps, 'f', 0);
        const bool own = figures.status.ownEncoder;
        fields[BitrateColumn]->setText(!onAir ? QStringLiteral("—")
                                       : own  ? tr("%1 kb/s, own encoder").arg(kbps)
                                              : tr("%1 kb/s").arg(kbps));
        fields[BitrateColumn]->setToolTip(
            own ? tr("Its service takes less than the show streams: it has an encoder of its own at %1 kbps "
                     "of video and %2 kbps of audio.")
                      .arg(figures.status.encoding.videoBitrateKbps)
                      .arg(figures.status.encoding.audioBitrateKbps)
                : QString());
        const double droppedPercent = figures.stats.totalFrames > 0
                                          ? 100.0 * figures.stats.framesDropped / figures.stats.totalFrames
                                          : 0.0;
        fields[DroppedColumn]->setText(tr("%1 (%2%)")
                                           .arg(QLocale().toString(figures.stats.framesDropped))
                                           .arg(QLocale().toString(droppedPercent, 'f', 1)));
        fields[CongestionColumn]->setText(
            onAir ? tr("%1%").arg(QLocale().toString(100.0 * figures.stats.congestion, 'f', 0))
                  : QStringLiteral("—"));
        fields[OnAirColumn]->setText(onAir ? formatOnAir(figures.status.liveMs) : QStringLiteral("—"));
        if (figures.status.state == Broadcast::DestinationState::Reconnecting)
            fields[StateColumn]->setText(stateText(figures.status)); // the countdown to the next try
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
    for (int row = 0; row < m_rows.size(); ++row)
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
