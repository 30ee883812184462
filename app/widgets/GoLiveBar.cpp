#include "widgets/GoLiveBar.h"

#include "output/Broadcast.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTextDocumentFragment>

namespace vitrine {
namespace {

QString formatDuration(double seconds)
{
    const auto total = static_cast<qint64>(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QLabel* figureLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setProperty("figure", true); // styled by the theme
    return label;
}

// A level that needs attention is amber, a serious one red.
void setSeverity(QLabel* label, double value, double warn, double alarm)
{
    const char* severity = value >= alarm ? "alarm" : value >= warn ? "warn" : "ok";
    if (label->property("severity").toByteArray() == severity)
        return;
    label->setProperty("severity", QByteArray(severity));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

GoLiveBar::GoLiveBar(Broadcast* broadcast, LiveFigures* figures, QWidget* parent)
    : QWidget(parent), m_broadcast(broadcast), m_figures(figures)
{
    setObjectName(QStringLiteral("goLiveBar"));
    m_recordingFolder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (m_recordingFolder.isEmpty())
        m_recordingFolder = QDir::homePath();

    m_liveButton = new QPushButton(this);
    m_liveButton->setObjectName(QStringLiteral("liveButton"));
    m_recordButton = new QPushButton(tr("Record"), this);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setCheckable(true);
    m_onAir = new QLabel(this);
    m_onAir->setObjectName(QStringLiteral("onAirBadge"));
    m_timer = figureLabel(QStringLiteral("liveTimer"), this);
    m_timer->setToolTip(tr("Time on air"));
    m_cpu = figureLabel(QStringLiteral("cpuFigure"), this);
    m_cpu->setToolTip(tr("Share of the computer's processor the studio uses"));
    m_renderLag = figureLabel(QStringLiteral("renderLagFigure"), this);
    m_renderLag->setToolTip(tr("Frames the renderer missed since the live started (the picture stutters)"));
    m_encodeLag = figureLabel(QStringLiteral("encodeLagFigure"), this);
    m_encodeLag->setToolTip(tr("Frames the encoder skipped because it could not keep up"));
    m_dropped = figureLabel(QStringLiteral("droppedFigure"), this);
    m_dropped->setToolTip(tr("Frames dropped because the network could not keep up"));
    m_bitrate = figureLabel(QStringLiteral("bitrateFigure"), this);
    m_bitrate->setToolTip(tr("What the studio sends, over every destination"));
    m_destinations = new QLabel(this);
    m_destinations->setObjectName(QStringLiteral("destinationsStatus"));
    m_destinations->setTextFormat(Qt::RichText);
    m_destinations->setWordWrap(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(12);
    layout->addWidget(m_liveButton);
    layout->addWidget(m_recordButton);
    layout->addWidget(m_onAir);
    layout->addWidget(m_timer);
    layout->addWidget(m_destinations, 1);
    for (QLabel* label : {m_cpu, m_renderLag, m_encodeLag, m_dropped, m_bitrate})
        layout->addWidget(label);

    connect(m_liveButton, &QPushButton::clicked, this, &GoLiveBar::onLiveClicked);
    connect(m_recordButton, &QPushButton::clicked, this, &GoLiveBar::onRecordClicked);
    connect(m_broadcast, &Broadcast::stateChanged, this, &GoLiveBar::showState);
    connect(m_broadcast, &Broadcast::destinationChanged, this, &GoLiveBar::showDestinations);
    connect(m_broadcast, &Broadcast::recordingChanged, this, [this](bool recording) {
        m_recordButton->setChecked(recording);
        m_recordButton->setText(recording ? tr("Stop recording") : tr("Record"));
    });
    connect(m_broadcast, &Broadcast::recordingFailed, this, [this](const QString& error) {
        QMessageBox::warning(this, tr("Recording stopped"), tr("The recording stopped: %1").arg(error));
    });
    connect(m_figures, &LiveFigures::sampled, this, &GoLiveBar::showSample);
    showState();
    showDestinations();
    showSample(LiveSample{});
}

bool GoLiveBar::confirmStopLive()
{
    const auto answer = QMessageBox::question(
        this, tr("Stop the live?"),
        tr("Your audience will stop seeing you on every destination. Stop the live now?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void GoLiveBar::onLiveClicked()
{
    if (m_broadcast->isActive()) {
        if (m_broadcast->state() != Broadcast::State::Stopping && confirmStopLive())
            m_broadcast->stopLive();
        return;
    }
    QString error;
    if (!m_broadcast->startLive(&error)) {
        showDestinations();
        QMessageBox::warning(this, tr("Cannot go live"), error);
        return;
    }
    for (const QString& warning : m_broadcast->serviceWarnings())
        Q_EMIT message(warning);
}

void GoLiveBar::onRecordClicked()
{
    if (m_broadcast->isRecording()) {
        m_broadcast->stopRecording();
        return;
    }
    QDir().mkpath(m_recordingFolder);
    // MKV keeps everything written so far readable if the studio stops unexpectedly.
    const QString path =
        QDir(m_recordingFolder)
            .filePath(QStringLiteral("vitrine-%1.mkv")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString error;
    if (!m_broadcast->startRecording(path, &error)) {
        m_recordButton->setChecked(false);
        QMessageBox::warning(this, tr("Cannot record"), error);
        return;
    }
    Q_EMIT message(tr("Recording to %1").arg(path));
}

void GoLiveBar::showState()
{
    const Broadcast::State state = m_broadcast->state();
    switch (state) {
    case Broadcast::State::Offline:
        m_liveButton->setText(tr("Start live"));
        m_onAir->setText(QString());
        break;
    case Broadcast::State::Starting:
        m_liveButton->setText(tr("Stop live"));
        m_onAir->setText(tr("CONNECTING"));
        break;
    case Broadcast::State::Live:
        m_liveButton->setText(tr("Stop live"));
        m_onAir->setText(tr("LIVE"));
        break;
    case Broadcast::State::Stopping:
        m_liveButton->setText(tr("Stopping…"));
        m_onAir->setText(QString());
        break;
    }
    m_liveButton->setEnabled(state != Broadcast::State::Stopping);
    // The theme draws the live button red while on air.
    m_liveButton->setProperty("live", state != Broadcast::State::Offline);
    m_liveButton->style()->unpolish(m_liveButton);
    m_liveButton->style()->polish(m_liveButton);
    m_onAir->setVisible(!m_onAir->text().isEmpty());
    if (state == Broadcast::State::Offline)
        m_timer->setText(formatDuration(0));
}

void GoLiveBar::showDestinations()
{
    QStringList parts;
    QStringList errors;
    for (const Broadcast::DestinationStatus& status : m_broadcast->destinations()) {
        if (!status.destination.enabled)
            continue;
        const QString name = status.destination.name.toHtmlEscaped();
        QString colour;
        QString state;
        switch (status.state) {
        case Broadcast::DestinationState::Idle:
            colour = QStringLiteral("#8a8f98");
            state = tr("off");
            break;
        case Broadcast::DestinationState::ReadingKey:
        case Broadcast::DestinationState::Connecting:
            colour = QStringLiteral("#e8b632");
            state = tr("connecting");
            break;
        case Broadcast::DestinationState::Live:
            colour = QStringLiteral("#4cc860");
            state = tr("live");
            break;
        case Broadcast::DestinationState::Reconnecting:
            colour = QStringLiteral("#e8b632");
            state = tr("reconnecting");
            break;
        case Broadcast::DestinationState::Failed:
            colour = QStringLiteral("#e44840");
            state = tr("failed");
            errors << tr("%1: %2").arg(status.destination.name, status.error);
            break;
        }
        parts << QStringLiteral("<span style=\"color:%1\">●</span> %2 <i>%3</i>").arg(colour, name, state);
        if (status.state == Broadcast::DestinationState::Failed)
            parts.last() += QStringLiteral(" — <span style=\"color:#e44840\">%1</span>")
                                .arg(status.error.toHtmlEscaped());
    }
    m_destinations->setText(parts.isEmpty() ? tr("No destination") : parts.join(QStringLiteral(" &nbsp; ")));
    m_destinations->setToolTip(errors.join(u'\n'));
    for (const QString& error : std::as_const(errors))
        Q_EMIT message(error);
}

void GoLiveBar::showSample(const LiveSample& sample)
{
    if (m_broadcast->isLive())
        m_timer->setText(formatDuration(sample.liveSeconds));
    m_cpu->setText(tr("CPU %1%").arg(sample.cpuPercent, 0, 'f', 0));
    setSeverity(m_cpu, sample.cpuPercent, 80, 95);
    m_renderLag->setText(
        tr("Render lag %1 (%2%)").arg(sample.renderLagged).arg(sample.renderLagPercent(), 0, 'f', 1));
    setSeverity(m_renderLag, sample.renderLagPercent(), 1, 5);
    m_encodeLag->setText(
        tr("Encode lag %1 (%2%)").arg(sample.encodeSkipped).arg(sample.encodeLagPercent(), 0, 'f', 1));
    setSeverity(m_encodeLag, sample.encodeLagPercent(), 1, 5);
    m_dropped->setText(tr("Dropped %1").arg(sample.framesDropped));
    setSeverity(m_dropped, sample.framesDropped, 1, 30);
    m_bitrate->setText(tr("%1 kb/s").arg(sample.totalKbps, 0, 'f', 0));
    QStringList perOutput;
    for (const OutputFigures& output : sample.outputs)
        perOutput << tr("%1: %2 kb/s, %3 dropped")
                         .arg(output.label)
                         .arg(output.kbps, 0, 'f', 0)
                         .arg(output.framesDropped);
    m_bitrate->setToolTip(perOutput.isEmpty() ? tr("Nothing is being sent") : perOutput.join(u'\n'));
}

QString GoLiveBar::figuresText() const
{
    return QStringList{m_cpu->text(), m_renderLag->text(), m_encodeLag->text(), m_dropped->text(),
                       m_bitrate->text()}
        .join(QStringLiteral(" · "));
}

QString GoLiveBar::destinationsText() const
{
    return QTextDocumentFragment::fromHtml(m_destinations->text()).toPlainText();
}

QString GoLiveBar::timerText() const
{
    return m_timer->text();
}

} // namespace vitrine
