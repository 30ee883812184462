#include "replay/ReplayFinisher.h"

#include "replay/ClipEncoder.h"
#include "replay/FrameGrabber.h"
#include "replay/Remuxer.h"
#include "show/EventLog.h"
#include "show/EventTypes.h"
#include "show/ShowDocument.h"
#include "show/TrackedLink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::ReplayFinisher", text);
}

QString vttTime(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

QString stripSuffix(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName());
}

// What happened during the recording, timed against the file's own duration; nullopt with the reason when the
// file is not a video or the log is missing.
std::optional<ReplayTimeline> timelineOf(const QString& recordingPath, const QString& eventsPath,
                                         const ShowDocument* show, QString* error)
{
    const std::optional<qint64> duration = Remuxer::durationMs(recordingPath, error);
    if (!duration)
        return std::nullopt;
    if (!QFileInfo::exists(eventsPath)) {
        *error = tr("the event log %1 does not exist").arg(eventsPath);
        return std::nullopt;
    }
    const QString title =
        show && !show->title.isEmpty() ? show->title : QFileInfo(recordingPath).completeBaseName();
    return ReplayTimeline::fromEvents(EventLog::read(eventsPath), recordingPath, title, *duration);
}

} // namespace

ReplayFiles ReplayFiles::besides(const QString& recordingPath)
{
    const QString base = stripSuffix(recordingPath);
    return {base + QStringLiteral(".mp4"), base + QStringLiteral(".replay.json"),
            base + QStringLiteral(".chapters.vtt"), base + QStringLiteral(".events.jsonl"),
            base + QStringLiteral(".clips")};
}

QByteArray ReplayFinisher::webVtt(const ReplayTimeline& timeline)
{
    QString text = QStringLiteral("WEBVTT\n");
    int number = 0;
    for (const ReplayChapter& chapter : timeline.chapters) {
        QString title = chapter.title;
        title.replace(QStringLiteral("-->"), QStringLiteral("→"))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += QStringLiteral("\n%1\n%2 --> %3\n%4\n")
                    .arg(++number)
                    .arg(vttTime(chapter.startMs), vttTime(chapter.endMs), title);
    }
    return text.toUtf8();
}

QByteArray ReplayFinisher::manifestJson(const ReplayTimeline& timeline, const ShowDocument* show,
                                        const QString& videoName)
{
    QJsonArray chapters;
    for (const ReplayChapter& chapter : timeline.chapters) {
        QJsonObject object{{QStringLiteral("startMs"), chapter.startMs},
                           {QStringLiteral("endMs"), chapter.endMs},
                           {QStringLiteral("title"), chapter.title}};
        if (!chapter.sku.isEmpty())
            object.insert(QStringLiteral("sku"), chapter.sku);
        chapters.append(object);
    }
    const QString campaign =
        show ? (show->campaign.isEmpty() ? campaignSlug(show->title) : show->campaign) : QString();
    QJsonArray products;
    for (const ReplayProductRange& range : timeline.products) {
        QJsonObject object{{QStringLiteral("startMs"), range.startMs},
                           {QStringLiteral("endMs"), range.endMs},
                           {QStringLiteral("sku"), range.sku},
                           {QStringLiteral("title"), range.title}};
        if (const Product* product = show ? show->product(range.sku) : nullptr) {
            object.insert(QStringLiteral("title"), product->title);
            object.insert(QStringLiteral("price"), product->price.toDecimalString()); // exact, as a string
            object.insert(QStringLiteral("currency"), product->price.currency);
            if (!product->images.isEmpty())
                object.insert(QStringLiteral("image"), product->images.first());
            if (!product->url.isEmpty())
                object.insert(QStringLiteral("link"), trackedLink(product->url, QStringLiteral("replay"),
                                                                  campaign, QStringLiteral("replay")));
        }
        products.append(object);
    }
    QJsonArray promos;
    for (const ReplayPromoWindow& window : timeline.promos)
        promos.append(QJsonObject{{QStringLiteral("startMs"), window.startMs},
                                  {QStringLiteral("endMs"), window.endMs},
                                  {QStringLiteral("code"), window.code}});
    const QJsonObject manifest{
        {QStringLiteral("version"), 1},         {QStringLiteral("show"), show ? show->title : QString()},
        {QStringLiteral("video"), videoName},   {QStringLiteral("durationMs"), timeline.durationMs},
        {QStringLiteral("chapters"), chapters}, {QStringLiteral("products"), products},
        {QStringLiteral("promos"), promos}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

ReplayFinisher::Clips ReplayFinisher::makeClips(const QString& recordingPath, const QString& eventsPath,
                                                const ShowDocument* show, Cut cut,
                                                const std::function<bool(double)>& progress,
                                                const std::atomic_bool* cancel)
{
    Clips result;
    QString error;
    const std::optional<ReplayTimeline> timeline = timelineOf(recordingPath, eventsPath, show, &error);
    if (!timeline) {
        result.error = tr("No clips were made: %1.").arg(error);
        return result;
    }
    const QDir folder(ReplayFiles::besides(recordingPath).clips);
    if (!folder.mkpath(QStringLiteral("."))) {
        result.error = tr("No clips were made: cannot create the folder %1.").arg(folder.path());
        return result;
    }
    // The 9:16 recording made alongside, when the log names one that is still there.
    std::optional<ReplayVerticalRecording> vertical =
        ReplayTimeline::verticalRecording(EventLog::read(eventsPath), recordingPath);
    qint64 verticalDurationMs = 0;
    if (vertical) {
        const std::optional<qint64> duration =
            QFileInfo::exists(vertical->path) ? Remuxer::durationMs(vertical->path) : std::nullopt;
        if (duration)
            verticalDurationMs = *duration;
        else
            vertical.reset();
    }
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    // Each clip counts as one step, the vertical one too.
    const auto steps = static_cast<double>(timeline->chapters.size() * (vertical ? 2 : 1));
    int step = 0;
    auto cutClip = [&](const QString& source, const QString& clip, qint64 fromMs, qint64 toMs,
                       const ReplayChapter& chapter) {
        const int done = step++;
        auto report = [&progress, done, steps](double fraction) {
            return !progress || progress((done + fraction) / steps);
        };
        const QList<ReplayChapter> chapters{{fromMs, toMs, chapter.title, chapter.sku}};
        if (cut == Cut::Exact)
            return ClipEncoder::encode(source, clip, {fromMs, toMs, chapters, report, cancel}, &error);
        Remuxer::Options options;
        options.fromMs = fromMs;
        options.toMs = toMs;
        options.cancel = cancel;
        options.chapters = chapters;
        options.progress = report;
        return Remuxer::remux(source, clip, options, &error);
    };
    int number = 0;
    for (const ReplayChapter& chapter : timeline->chapters) {
        ++number;
        QString name = QStringLiteral("%1-%2")
                           .arg(number, 2, 10, QLatin1Char('0'))
                           .arg(chapter.sku.isEmpty() ? QStringLiteral("opening") : chapter.sku);
        name.replace(unsafe, QStringLiteral("_"));
        // The thumbnail: a second into the chapter (past a transition), or its middle when shorter.
        const qint64 pictureAt =
            chapter.startMs + std::min<qint64>(1000, (chapter.endMs - chapter.startMs) / 2);
        const QImage picture = FrameGrabber::grab(recordingPath, pictureAt, 480, &error);
        const QString thumbnail = folder.filePath(name + QStringLiteral(".jpg"));
        if (!picture.isNull() && picture.save(thumbnail, "JPG", 85))
            result.thumbnails << thumbnail;
        if (chapter.sku.isEmpty()) {
            step += vertical ? 2 : 1;
            continue; // the opening is no product's clip
        }
        const QString clip = folder.filePath(name + QStringLiteral(".mp4"));
        if (!cutClip(recordingPath, clip, chapter.startMs, chapter.endMs, chapter)) {
            result.error = tr("The clip of %1 was not made: %2.").arg(chapter.title, error);
            return result;
        }
        result.clips << clip;
        if (!vertical)
            continue;
        // The same moments of the show in the vertical recording's own time.
        const qint64 fromMs = std::clamp<qint64>(chapter.startMs - vertical->offsetMs, 0, verticalDurationMs);
        const qint64 toMs = std::clamp<qint64>(chapter.endMs - vertical->offsetMs, 0, verticalDurationMs);
        if (toMs - fromMs < 100) {
            ++step; // the vertical recording did not run then
            continue;
        }
        const QString verticalClip = folder.filePath(name + QStringLiteral(".vertical.mp4"));
        if (!cutClip(vertical->path, verticalClip, fromMs, toMs, chapter)) {
            result.error = tr("The 9:16 clip of %1 was not made: %2.").arg(chapter.title, error);
            return result;
        }
        result.verticalClips << verticalClip;
    }
    result.ok = true;
    return result;
}

QString ReplayFinisher::unfinishedRecording(const QString& eventsPath)
{
    const QList<QJsonObject> events = EventLog::read(eventsPath);
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QString type = events[i].value(QLatin1String("type")).toString();
        if (type == EventType::RecordingStop)
            return {};
        if (type != EventType::RecordingStart)
            continue;
        const QString path = events[i].value(QLatin1String("path")).toString();
        const QFileInfo file(path);
        if (path.isEmpty() || !file.exists() || file.size() == 0 ||
            QFileInfo::exists(ReplayFiles::besides(path).manifest))
            return {};
        return path;
    }
    return {};
}

ReplayFinisher::Result ReplayFinisher::finish(const QString& recordingPath, const QString& eventsPath,
                                              const ShowDocument* show,
                                              const std::function<bool(double)>& progress,
                                              const std::atomic_bool* cancel)
{
    Result result;
    result.files = ReplayFiles::besides(recordingPath);
    QString error;
    const std::optional<ReplayTimeline> timeline = timelineOf(recordingPath, eventsPath, show, &error);
    if (!timeline) {
        result.error = tr("The replay was not made: %1.").arg(error);
        return result;
    }
    result.timeline = *timeline;

    Remuxer::Options options;
    options.chapters = result.timeline.chapters;
    options.progress = progress;
    options.cancel = cancel;
    if (!Remuxer::remux(recordingPath, result.files.mp4, options, &error)) {
        result.error = tr("The replay was not made: %1.").arg(error);
        return result;
    }
    if (!writeAtomically(result.files.manifest,
                         manifestJson(result.timeline, show, QFileInfo(result.files.mp4).fileName()),
                         &error) ||
        !writeAtomically(result.files.vtt, webVtt(result.timeline), &error)) {
        result.error = tr("The replay was not made: %1.").arg(error);
        return result;
    }
    result.ok = true;
    return result;
}

ReplayJob::ReplayJob(QObject* parent) : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

ReplayJob::~ReplayJob()
{
    // The thread posts to this object: it ends (cancelled, quickly) before this object does.
    m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReplayJob::start(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show)
{
    run(recordingPath, eventsPath, show, Kind::Replay, ReplayFinisher::Cut::Keyframes);
}

void ReplayJob::startClips(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show,
                           ReplayFinisher::Cut cut)
{
    run(recordingPath, eventsPath, show, Kind::Clips, cut);
}

void ReplayJob::run(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show,
                    Kind kind, ReplayFinisher::Cut cut)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<const ShowDocument> copy = show ? std::make_shared<const ShowDocument>(*show) : nullptr;
    QPointer<ReplayJob> self(this);
    QThread* thread =
        QThread::create([self, cancel = m_cancel, copy, recordingPath, eventsPath, kind, cut, owner = this] {
            auto report = [&](double fraction) {
                QMetaObject::invokeMethod(
                    owner,
                    [self, fraction] {
                        if (self)
                            Q_EMIT self->progressed(fraction);
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            };
            bool ok = false;
            QString error;
            if (kind == Kind::Replay) {
                const ReplayFinisher::Result result =
                    ReplayFinisher::finish(recordingPath, eventsPath, copy.get(), report, cancel.get());
                ok = result.ok;
                error = result.error;
            } else {
                const ReplayFinisher::Clips result = ReplayFinisher::makeClips(
                    recordingPath, eventsPath, copy.get(), cut, report, cancel.get());
                ok = result.ok;
                error = result.error;
            }
            const ReplayFiles files = ReplayFiles::besides(recordingPath);
            QMetaObject::invokeMethod(
                owner,
                [self, ok, error, files, kind] {
                    if (!self)
                        return;
                    self->m_running = false;
                    if (kind == Kind::Replay)
                        Q_EMIT self->finished(ok, error, files);
                    else
                        Q_EMIT self->clipsFinished(ok, error, files);
                },
                Qt::QueuedConnection);
        });
    if (m_thread) {
        m_thread->wait(); // the previous job's thread, already done
        delete m_thread;
    }
    m_thread = thread;
    thread->start(QThread::LowPriority); // the live, if any, comes first
}

void ReplayJob::cancel()
{
    m_cancel->store(true);
}

} // namespace vitrine
