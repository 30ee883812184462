#include "dialogs/ReplayReviewWindow.h"

#include "replay/Remuxer.h"
#include "replay/ReplayFinisher.h"
#include "show/Money.h"
#include "widgets/ChapterSlider.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace vitrine {
namespace {

constexpr int kThumbnailWidth = 96;

QString clockTime(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The recording the replay was made from (OUT.mkv, kept), else the replay itself: the clips are cut from it.
QString sourceOf(const QString& mp4Path)
{
    const QFileInfo info(mp4Path);
    const QString mkv = info.dir().filePath(info.completeBaseName() + QStringLiteral(".mkv"));
    return QFileInfo::exists(mkv) ? mkv : mp4Path;
}

} // namespace

ReplayReviewWindow::ReplayReviewWindow(const QString& mp4Path, const QString& eventsPath,
                                       const ShowDocument* show, QWidget* parent)
    : QDialog(parent), m_mp4(QFileInfo(mp4Path).absoluteFilePath()),
      m_manifestPath(ReplayFiles::besides(m_mp4).manifest),
      m_eventsPath(eventsPath.isEmpty() ? ReplayFiles::besides(m_mp4).events : eventsPath),
      m_player(new QMediaPlayer(this)), m_video(new QVideoWidget(this)), m_playPause(new QToolButton(this)),
      m_slider(new ChapterSlider(this)), m_time(new QLabel(this)), m_chapters(new QListWidget(this)),
      m_message(new QLabel(this)), m_export(new QPushButton(this)), m_exactCut(new QCheckBox(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)), m_job(new ReplayJob(this))
{
    if (show)
        m_show = *show;
    setObjectName(QStringLiteral("replayReviewWindow"));
    setWindowTitle(tr("Review the replay — %1").arg(QFileInfo(m_mp4).fileName()));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    resize(960, 560);

    // No sound device (a server, a test): no audio output, which GStreamer would fail to open.
    if (!QMediaDevices::audioOutputs().isEmpty())
        m_player->setAudioOutput(new QAudioOutput(this));
    m_player->setVideoOutput(m_video);
    m_video->setMinimumSize(320, 180);
    m_playPause->setObjectName(QStringLiteral("playPause"));
    m_playPause->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playPause->setToolTip(tr("Play or pause"));
    m_slider->setToolTip(tr("The replay's timeline; the ticks mark its chapters"));
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_chapters->setObjectName(QStringLiteral("productChapters"));
    m_chapters->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 9 / 16));
    m_chapters->setToolTip(tr("Click a product to jump to its chapter"));
    m_chapters->setMinimumWidth(260);
    m_message->setObjectName(QStringLiteral("replayMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_export->setObjectName(QStringLiteral("exportClips"));
    m_export->setText(tr("Export clips"));
    m_exactCut->setObjectName(QStringLiteral("exactCut"));
    m_exactCut->setText(tr("Exact cut (re-encode, slower)"));
    m_exactCut->setToolTip(
        tr("Start and end each clip on the chapter's own frames by re-encoding it; "
           "otherwise clips are copied from the nearest keyframe, within a second or two"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelClips"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop cutting the clips; the recording and the replay stay as they are"));
    m_cancel->hide();

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_playPause);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    auto* playerPane = new QWidget(this);
    auto* playerLayout = new QVBoxLayout(playerPane);
    playerLayout->setContentsMargins(0, 0, 0, 0);
    playerLayout->addWidget(m_video, 1);
    playerLayout->addLayout(controls);
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(new QLabel(tr("Product chapters"), listPane));
    listLayout->addWidget(m_chapters, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exactCut);
    exportRow->addWidget(m_progress, 1);
    exportRow->addWidget(m_cancel);
    listLayout->addLayout(exportRow);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(playerPane);
    splitter->addWidget(listPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_playPause, &QToolButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_playPause->setIcon(style()->standardIcon(
            state == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0 && m_durationMs <= 0) {
            m_durationMs = ms;
            m_slider->setRange(0, static_cast<int>(ms));
        }
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_slider->isSliderDown()) {
            const QSignalBlocker blocker(m_slider);
            m_slider->setValue(static_cast<int>(ms));
        }
        updateTime();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { seek(value); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia)
            applyPendingSeek();
        else if (status == QMediaPlayer::InvalidMedia && m_problem.isEmpty())
            setProblem(tr("The video %1 cannot be played.").arg(QFileInfo(m_mp4).fileName()));
    });
    m_seekRetry.setSingleShot(true);
    m_seekRetry.setInterval(100);
    connect(&m_seekRetry, &QTimer::timeout, this, &ReplayReviewWindow::applyPendingSeek);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
        if (m_problem.isEmpty())
            setProblem(tr("The video %1 cannot be played: %2").arg(QFileInfo(m_mp4).fileName(), text));
    });
    connect(m_chapters, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { seek(item->data(Qt::UserRole).toLongLong()); });
    connect(m_export, &QPushButton::clicked, this, &ReplayReviewWindow::onExportClicked);
    connect(m_cancel, &QPushButton::clicked, m_job, &ReplayJob::cancel);
    connect(m_job, &ReplayJob::progressed, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(fraction * 100)); });
    connect(m_job, &ReplayJob::clipsFinished, this, &ReplayReviewWindow::onClipsFinished);

    // The video is checked with libavformat first: an unplayable file says so at once, whatever the
    // player's backend does with it.
    QString error;
    const std::optional<qint64> duration =
        QFileInfo::exists(m_mp4) ? Remuxer::durationMs(m_mp4, &error) : std::nullopt;
    if (!QFileInfo::exists(m_mp4)) {
        setProblem(tr("The video %1 does not exist.").arg(QDir::toNativeSeparators(m_mp4)));
    } else if (!duration) {
        setProblem(tr("The video %1 cannot be played: %2.").arg(QFileInfo(m_mp4).fileName(), error));
    } else {
        m_durationMs = *duration;
        m_slider->setRange(0, static_cast<int>(m_durationMs));
        loadManifest();
        m_player->setSource(QUrl::fromLocalFile(m_mp4));
    }
    fillChapters();
    updateTime();
    if (!m_problem.isEmpty() || !QFileInfo::exists(m_eventsPath)) {
        m_export->setEnabled(false);
        if (m_problem.isEmpty())
            m_export->setToolTip(tr("The clips are cut from the show's event log, not found: %1")
                                     .arg(QDir::toNativeSeparators(m_eventsPath)));
    } else {
        m_export->setToolTip(tr("Cut one clip per product chapter, with a thumbnail per chapter, into %1")
                                 .arg(QDir::toNativeSeparators(ReplayFiles::besides(m_mp4).clips)));
    }
}

ReplayReviewWindow::~ReplayReviewWindow() = default;

ReplayReviewWindow* ReplayReviewWindow::open(const QString& mp4Path, const QString& eventsPath,
                                             const ShowDocument* show, QWidget* parent)
{
    auto* window = new ReplayReviewWindow(mp4Path, eventsPath, show, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

bool ReplayReviewWindow::loadManifest()
{
    QFile file(m_manifestPath);
    if (!file.exists()) {
        setProblem(tr("No replay manifest beside %1 (%2 is missing): the video plays, without its chapters. "
                      "Make its replay first (Stop recording, or vitrine replay finish).")
                       .arg(QFileInfo(m_mp4).fileName(), QFileInfo(m_manifestPath).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setProblem(tr("The replay manifest %1 cannot be read: %2.")
                       .arg(QFileInfo(m_manifestPath).fileName(), file.errorString()));
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject manifest = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !manifest.value(QLatin1String("chapters")).isArray()) {
        setProblem(tr("The replay manifest %1 is damaged (%2): the video plays, without its chapters.")
                       .arg(QFileInfo(m_manifestPath).fileName(), parseError.error != QJsonParseError::NoError
                                                                      ? parseError.errorString()
                                                                      : tr("no chapters")));
        return false;
    }
    QHash<QString, QString> prices;
    for (const QJsonValue& value : manifest.value(QLatin1String("products")).toArray()) {
        const QJsonObject product = value.toObject();
        const QString currency = product.value(QLatin1String("currency")).toString();
        if (const auto price = Money::parse(product.value(QLatin1String("price")).toString(), currency))
            prices.insert(product.value(QLatin1String("sku")).toString(), price->toDisplayString(QLocale()));
    }
    QList<ChapterSlider::Marker> markers;
    int number = 0;
    for (const QJsonValue& value : manifest.value(QLatin1String("chapters")).toArray()) {
        const QJsonObject object = value.toObject();
        Chapter chapter;
        chapter.number = ++number;
        chapter.startMs = std::clamp<qint64>(object.value(QLatin1String("startMs")).toInteger(), 0,
                                             std::max<qint64>(m_durationMs, 0));
        chapter.title = object.value(QLatin1String("title")).toString();
        chapter.sku = object.value(QLatin1String("sku")).toString();
        chapter.price = prices.value(chapter.sku);
        markers.append({chapter.startMs, chapter.title});
        if (!chapter.sku.isEmpty())
            m_chapterData.append(chapter);
    }
    m_slider->setMarkers(markers);
    return true;
}

QString ReplayReviewWindow::thumbnailOf(const Chapter& chapter) const
{
    // Named as ReplayFinisher::makeClips names them: NN-SKU.jpg.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QStringLiteral("%1-%2").arg(chapter.number, 2, 10, QLatin1Char('0')).arg(chapter.sku);
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(ReplayFiles::besides(m_mp4).clips).filePath(name + QStringLiteral(".jpg"));
}

void ReplayReviewWindow::fillChapters()
{
    m_chapters->clear();
    for (const Chapter& chapter : m_chapterData) {
        QString text = chapter.title + QLatin1Char('\n') + clockTime(chapter.startMs);
        if (!chapter.price.isEmpty())
            text += QStringLiteral(" · ") + chapter.price;
        auto* item = new QListWidgetItem(text, m_chapters);
        item->setData(Qt::UserRole, chapter.startMs);
        item->setToolTip(tr("Jump to %1 at %2").arg(chapter.title, clockTime(chapter.startMs)));
        const QPixmap thumbnail(thumbnailOf(chapter));
        if (!thumbnail.isNull())
            item->setIcon(QIcon(thumbnail.scaledToWidth(kThumbnailWidth, Qt::SmoothTransformation)));
    }
    if (m_chapterData.isEmpty() && m_problem.isEmpty())
        m_chapters->addItem(tr("No product was pinned during this recording."));
}

void ReplayReviewWindow::seek(qint64 ms)
{
    m_requestedMs = ms;
    m_pendingSeek = ms;
    m_seekTries = 0;
    // Paused rather than stopped, so the video shows the frame it jumped to.
    if (m_player->playbackState() == QMediaPlayer::StoppedState && !m_player->source().isEmpty())
        m_player->pause();
    applyPendingSeek();
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(static_cast<int>(ms));
    updateTime();
}

void ReplayReviewWindow::applyPendingSeek()
{
    if (!m_pendingSeek)
        return;
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::NoMedia || status == QMediaPlayer::InvalidMedia)
        return;
    if (status != QMediaPlayer::LoadingMedia) {
        if (std::abs(m_player->position() - *m_pendingSeek) < 100) {
            m_pendingSeek.reset();
            return;
        }
        m_player->setPosition(*m_pendingSeek);
    }
    // GStreamer drops a seek asked while its pipeline is still changing state (pausing, prerolling):
    // asked again until the player is there, for a while once the video is loaded (loading may take long
    // on a busy machine, and does not count).
    if (status == QMediaPlayer::LoadingMedia || ++m_seekTries < 50)
        m_seekRetry.start();
    else
        m_pendingSeek.reset();
}

void ReplayReviewWindow::setProblem(const QString& text)
{
    m_problem = text;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReplayReviewWindow::onExportClicked()
{
    if (m_job->isRunning())
        return;
    m_export->setEnabled(false);
    m_exactCut->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_message->setText(tr("Cutting the clips…"));
    m_message->show();
    m_job->startClips(sourceOf(m_mp4), m_eventsPath, m_show ? &*m_show : nullptr,
                      m_exactCut->isChecked() ? ReplayFinisher::Cut::Exact : ReplayFinisher::Cut::Keyframes);
}

void ReplayReviewWindow::onClipsFinished(bool ok, const QString& error, const ReplayFiles& files)
{
    m_export->setEnabled(true);
    m_exactCut->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    if (!ok) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("Clips and thumbnails are in %1")
                           .arg(QDir::toNativeSeparators(QFileInfo(files.clips).absoluteFilePath())));
    fillChapters(); // now with their thumbnails
}

void ReplayReviewWindow::updateTime()
{
    const qint64 position = m_slider->value();
    m_time->setText(tr("%1 / %2").arg(clockTime(position), clockTime(m_durationMs)));
}

} // namespace vitrine
