#include "widgets/GoLiveBar.h"

#include "RecordingSettings.h"
#include "output/Broadcast.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace vitrine {
namespace {

constexpr int kNoticeWidth = 380; // pixels for the recording's outcome

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

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// A level that needs attention is amber, a serious one red.
void setSeverity(QLabel* label, double value, double warn, double alarm)
{
    const char* severity = value >= alarm ? "alarm" : value >= warn ? "warn" : "ok";
    if (label->property("severity").toByteArray() == severity)
        return;
    label->setProperty("severity", QByteArray(severity));
    repolish(label);
}

} // namespace

GoLiveBar::GoLiveBar(Broadcast* broadcast, LiveFigures* figures, QWidget* parent)
    : QWidget(parent), m_broadcast(broadcast), m_figures(figures)
{
    setObjectName(QStringLiteral("goLiveBar"));

    m_liveButton = new QPushButton(this);
    m_liveButton->setObjectName(QStringLiteral("liveButton"));
    m_recordButton = new QPushButton(tr("Record"), this);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setCheckable(true);
    m_onAir = new QLabel(this);
    m_onAir->setObjectName(QStringLiteral("onAirBadge"));
    m_timer = figureLabel(QStringLiteral("liveTimer"), this);
    m_timer->setToolTip(tr("Time on air"));
    m_recordTimer = figureLabel(QStringLiteral("recordTimer"), this);
    m_recordTimer->setToolTip(tr("Time recorded"));
    // The recording's outcome stays until the next recording or a dismissal.
    m_notice = new QWidget(this);
    m_notice->setObjectName(QStringLiteral("recordingNotice"));
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("recordingNoticeText"));
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInFolder = new QPushButton(tr("Show in folder"), m_notice);
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->setFlat(true);
    m_showInFolder->setCursor(Qt::PointingHandCursor);
    m_dismissNotice = new QToolButton(m_notice);
    m_dismissNotice->setObjectName(QStringLiteral("dismissRecordingNotice"));
    m_dismissNotice->setText(QStringLiteral("×"));
    m_dismissNotice->setToolTip(tr("Dismiss"));
    m_dismissNotice->setAutoRaise(true);
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->setSpacing(4);
    noticeLayout->addWidget(m_noticeText);
    noticeLayout->addWidget(m_showInFolder);
    noticeLayout->addWidget(m_dismissNotice);
    m_notice->hide();
    m_clock = new QTimer(this);
    m_clock->setInterval(250); // the shown second turns over on time
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
    // One line whatever the number of destinations: clipped, never wrapped or widening the bar.
    m_destinations->setWordWrap(false);
    m_destinations->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(12);
    layout->addWidget(m_liveButton);
    layout->addWidget(m_onAir);
    layout->addWidget(m_timer);
    layout->addWidget(m_recordButton);
    layout->addWidget(m_recordTimer);
    layout->addWidget(m_notice);
    layout->addWidget(m_destinations, 1);
    for (QLabel* label : {m_cpu, m_renderLag, m_encodeLag, m_dropped, m_bitrate})
        layout->addWidget(label);

    connect(m_liveButton, &QPushButton::clicked, this, &GoLiveBar::onLiveClicked);
    connect(m_recordButton, &QPushButton::clicked, this, &GoLiveBar::onRecordClicked);
    connect(m_broadcast, &Broadcast::stateChanged, this, &GoLiveBar::showState);
    connect(m_broadcast, &Broadcast::destinationChanged, this, &GoLiveBar::showDestinations);
    connect(m_broadcast, &Broadcast::destinationsReset, this, &GoLiveBar::showDestinations);
    connect(m_broadcast, &Broadcast::recordingChanged, this, &GoLiveBar::onRecordingChanged);
    connect(m_broadcast, &Broadcast::recordingFailed, this, &GoLiveBar::onRecordingFailed);
    // A landscape recording that ends on its own takes the vertical one with it.
    connect(m_broadcast, &Broadcast::recordingChanged, this, [this](bool recording) {
        if (!recording)
            m_broadcast->stopVerticalRecording();
    });
    connect(m_figures, &LiveFigures::sampled, this, &GoLiveBar::showSample);
    connect(m_clock, &QTimer::timeout, this, &GoLiveBar::showTimes);
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastRecordingPath).absolutePath()));
    });
    connect(m_dismissNotice, &QToolButton::clicked, m_notice, &QWidget::hide);
    onRecordingChanged(m_broadcast->isRecording());
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
        showCannotGoLive(error);
        return;
    }
    for (const QString& warning : m_broadcast->serviceWarnings())
        Q_EMIT message(warning);
}

// Not modal to the application's loop: it may come from a keychain answer or a refused connection.
void GoLiveBar::showCannotGoLive(const QString& error)
{
    if (m_cannotGoLive)
        return; // already telling
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot go live"), error, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("cannotGoLive"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* open = box->addButton(tr("Open Destinations…"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openDestinations"));
    box->setDefaultButton(open);
    connect(box, &QMessageBox::buttonClicked, this, [this, open](QAbstractButton* clicked) {
        if (clicked == open) // once the box has closed
            QTimer::singleShot(0, this, &GoLiveBar::destinationsRequested);
    });
    m_cannotGoLive = box;
    box->open();
}

void GoLiveBar::onRecordClicked()
{
    if (m_broadcast->isRecording()) {
        m_broadcast->stopRecording();
        m_broadcast->stopVerticalRecording();
        return;
    }
    // Read now: what Settings › Recording says applies to the next recording.
    const RecordingSettings settings = RecordingSettings::load();
    if (!QDir().mkpath(settings.folder)) {
        m_recordButton->setChecked(false);
        QMessageBox::warning(this, tr("Cannot record"),
                             tr("The recording folder %1 cannot be created. Choose another one in Settings.")
                                 .arg(QDir::toNativeSeparators(settings.folder)));
        return;
    }
    const QString path = settings.pathFor(QDateTime::currentDateTime());
    QString error;
    if (!m_broadcast->startRecording(path, &error)) {
        m_recordButton->setChecked(false);
        QMessageBox::warning(this, tr("Cannot record"), error);
        return;
    }
    m_lastRecordingPath = path;
    m_recordTimer->setToolTip(tr("Recording to %1").arg(QDir::toNativeSeparators(path)));
    // With a vertical canvas on, Record keeps it too, beside: <name>.vertical.<extension>. Its failure leaves
    // the landscape recording running.
    if (m_broadcast->hasVerticalEncoders()) {
        const QFileInfo file(path);
        const QString vertical =
            file.dir().filePath(file.completeBaseName() + QStringLiteral(".vertical.") + file.suffix());
        if (!m_broadcast->startVerticalRecording(vertical, &error))
            showNotice(tr("The vertical canvas is not recorded: %1").arg(error), true);
    }
}

void GoLiveBar::onRecordingChanged(bool recording)
{
    m_recordButton->setChecked(recording);
    m_recordButton->setText(recording ? tr("Stop recording") : tr("Record"));
    // The theme draws the REC time red while recording.
    m_recordTimer->setProperty("recording", recording);
    repolish(m_recordTimer);
    if (recording) {
        m_notice->hide(); // the last recording's outcome gives way to the new one
    } else if (!m_lastRecordingPath.isEmpty()) {
        const QFileInfo file(m_lastRecordingPath);
        if (file.exists() && file.size() > 0)
            showNotice(tr("Recording saved — %1").arg(file.fileName()), false);
        else
            showNotice(tr("The recording stopped before anything was written."), true);
    }
    showTimes();
}

void GoLiveBar::onRecordingFailed(const QString& error)
{
    showNotice(tr("The recording failed: %1").arg(error), true);
}

void GoLiveBar::showNotice(const QString& text, bool failed)
{
    // Elided so a long name or error does not push the figures and Destinations… off the bar; whole in the
    // tooltip.
    m_noticeFullText = text;
    m_noticeText->setText(m_noticeText->fontMetrics().elidedText(text, Qt::ElideMiddle, kNoticeWidth));
    m_noticeText->setToolTip(text + u'\n' + QDir::toNativeSeparators(m_lastRecordingPath));
    m_noticeText->setProperty("severity", failed ? QByteArray("alarm") : QByteArray("ok"));
    repolish(m_noticeText);
    m_showInFolder->setVisible(QFileInfo::exists(m_lastRecordingPath));
    m_notice->show();
}

void GoLiveBar::showTimes()
{
    const bool recording = m_broadcast->isRecording();
    m_timer->setText(formatDuration(static_cast<double>(m_broadcast->liveElapsedMs()) / 1000.0));
    const QString recorded = formatDuration(static_cast<double>(m_broadcast->recordingElapsedMs()) / 1000.0);
    m_recordTimer->setText(recording ? tr("REC %1").arg(recorded) : recorded);
    const bool running = recording || m_broadcast->isActive();
    if (running && !m_clock->isActive())
        m_clock->start();
    else if (!running)
        m_clock->stop();
}

void GoLiveBar::showState()
{
    const Broadcast::State state = m_broadcast->state();
    if (state == Broadcast::State::Offline && m_starting) {
        // Every destination failed before one went live.
        showDestinations();
        showCannotGoLive(m_broadcast->failureSummary());
    }
    m_starting = state == Broadcast::State::Starting;
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
    repolish(m_liveButton);
    m_onAir->setVisible(!m_onAir->text().isEmpty());
    showTimes();
}

void GoLiveBar::showDestinations()
{
    QStringList parts;
    QStringList errors;
    for (const Broadcast::DestinationStatus& status : m_broadcast->destinations()) {
        if (!status.destination.enabled && status.state == Broadcast::DestinationState::Idle)
            continue; // a disabled one shows only when started by hand
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
            state = status.reconnects > 0 ? tr("live, %n reconnection(s)", nullptr, status.reconnects)
                                          : tr("live");
            break;
        case Broadcast::DestinationState::Reconnecting:
            colour = QStringLiteral("#e8b632");
            state = tr("reconnecting (try %1)").arg(status.attempt);
            errors << tr("%1: %2").arg(status.destination.name, status.error);
            break;
        case Broadcast::DestinationState::Failed:
            colour = QStringLiteral("#e44840");
            state = tr("failed");
            errors << tr("%1: %2").arg(status.destination.name, status.error);
            break;
        }
        // The error itself goes to the tooltip and the status bar: a long one here would wrap the bar onto a
        // second line and move the views.
        parts << QStringLiteral("<span style=\"color:%1\">●</span> %2 <i>%3</i>").arg(colour, name, state);
    }
    m_destinations->setText(parts.isEmpty() ? tr("No destination") : parts.join(QStringLiteral(" &nbsp; ")));
    m_destinations->setToolTip(errors.join(u'\n'));
    for (const QString& error : std::as_const(errors))
        Q_EMIT message(error);
}

void GoLiveBar::showSample(const LiveSample& sample)
{
    m_cpu->setText(tr("CPU %1%").arg(QLocale().toString(sample.cpuPercent, 'f', 0)));
    setSeverity(m_cpu, sample.cpuPercent, 80, 95);
    m_renderLag->setText(tr("Render lag %1 (%2%)")
                             .arg(sample.renderLagged)
                             .arg(QLocale().toString(sample.renderLagPercent(), 'f', 1)));
    setSeverity(m_renderLag, sample.renderLagPercent(), 1, 5);
    m_encodeLag->setText(tr("Encode lag %1 (%2%)")
                             .arg(sample.encodeSkipped)
                             .arg(QLocale().toString(sample.encodeLagPercent(), 'f', 1)));
    setSeverity(m_encodeLag, sample.encodeLagPercent(), 1, 5);
    m_dropped->setText(tr("Dropped %1").arg(sample.framesDropped));
    setSeverity(m_dropped, sample.framesDropped, 1, 30);
    m_bitrate->setText(tr("%1 kb/s").arg(QLocale().toString(sample.totalKbps, 'f', 0)));
    QStringList perOutput;
    if (sample.uplinkShort)
        perOutput << tr("Your connection is not carrying every destination (%1 of %2 kb/s): see the "
                        "Destinations dock.")
                         .arg(QLocale().toString(sample.sentKbps, 'f', 0))
                         .arg(QLocale().toString(sample.expectedKbps, 'f', 0));
    for (const DestinationFigures& destination : sample.destinations) {
        if (destination.status.state == Broadcast::DestinationState::Live)
            perOutput << tr("%1: %2 kb/s, %3 dropped")
                             .arg(destination.status.destination.name)
                             .arg(QLocale().toString(destination.kbps, 'f', 0))
                             .arg(destination.stats.framesDropped);
    }
    m_bitrate->setToolTip(perOutput.isEmpty() ? tr("Nothing is being sent") : perOutput.join(u'\n'));
    setSeverity(m_bitrate, sample.uplinkShort ? 1 : 0, 1, 2);
    if (sample.uplinkShort && !m_uplinkShort)
        Q_EMIT message(perOutput.constFirst());
    m_uplinkShort = sample.uplinkShort;
}

QString GoLiveBar::figuresText() const
{
    return QStringList{m_cpu->text(), m_renderLag->text(), m_encodeLag->text(), m_dropped->text(),
                       m_bitrate->text()}
        .join(QStringLiteral(" · "));
}

QString GoLiveBar::destinationsText() const
{
    const QString line = QTextDocumentFragment::fromHtml(m_destinations->text()).toPlainText();
    return m_destinations->toolTip().isEmpty() ? line : line + u'\n' + m_destinations->toolTip();
}

QString GoLiveBar::timerText() const
{
    return m_timer->text();
}

QString GoLiveBar::recordTimerText() const
{
    return m_recordTimer->text();
}

QString GoLiveBar::recordingNoticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeFullText;
}

} // namespace vitrine
