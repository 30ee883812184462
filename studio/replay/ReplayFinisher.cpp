#include "replay/ReplayFinisher.h"

#include "replay/Remuxer.h"
#include "show/EventLog.h"
#include "show/ShowDocument.h"
#include "show/TrackedLink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
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

} // namespace

ReplayFiles ReplayFiles::besides(const QString& recordingPath)
{
    const QString base = stripSuffix(recordingPath);
    return {base + QStringLiteral(".mp4"), base + QStringLiteral(".replay.json"),
            base + QStringLiteral(".chapters.vtt"), base + QStringLiteral(".events.jsonl")};
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

ReplayFinisher::Result ReplayFinisher::finish(const QString& recordingPath, const QString& eventsPath,
                                              const ShowDocument* show,
                                              const std::function<bool(double)>& progress,
                                              const std::atomic_bool* cancel)
{
    Result result;
    result.files = ReplayFiles::besides(recordingPath);
    QString error;
    const std::optional<qint64> duration = Remuxer::durationMs(recordingPath, &error);
    if (!duration) {
        result.error = tr("The replay was not made: %1.").arg(error);
        return result;
    }
    if (!QFileInfo::exists(eventsPath)) {
        result.error = tr("The replay was not made: the event log %1 does not exist.").arg(eventsPath);
        return result;
    }
    const QString title =
        show && !show->title.isEmpty() ? show->title : QFileInfo(recordingPath).completeBaseName();
    result.timeline = ReplayTimeline::fromEvents(EventLog::read(eventsPath), recordingPath, title, *duration);

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
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<const ShowDocument> copy = show ? std::make_shared<const ShowDocument>(*show) : nullptr;
    QPointer<ReplayJob> self(this);
    QThread* thread =
        QThread::create([self, cancel = m_cancel, copy, recordingPath, eventsPath, owner = this] {
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
            const ReplayFinisher::Result result =
                ReplayFinisher::finish(recordingPath, eventsPath, copy.get(), report, cancel.get());
            QMetaObject::invokeMethod(
                owner,
                [self, result] {
                    if (!self)
                        return;
                    self->m_running = false;
                    Q_EMIT self->finished(result.ok, result.error, result.files);
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
