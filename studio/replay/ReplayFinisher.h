#pragma once

#include "replay/ReplayTimeline.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace vitrine {

struct ShowDocument;
}

class QThread;

namespace vitrine {

// What a finished replay leaves beside OUT.mkv (kept): OUT.mp4 (faststart, chapters), OUT.replay.json (the
// shoppable-replay manifest: time ranges → product, price, image, tracked link with utm_medium=replay; promo
// windows) and OUT.chapters.vtt (WebVTT chapters).
struct ReplayFiles {
    QString mp4;
    QString manifest;
    QString vtt;
    QString events; // OUT.events.jsonl: where a headless recording run keeps its event log by default
    QString clips;  // OUT.clips/: one clip per product segment, a thumbnail per chapter
    static ReplayFiles besides(const QString& recordingPath);
};

// Turns a recording and the show's event log into the replay's files. Synchronous: the window runs it on a
// worker thread (ReplayJob), the command line and the headless runner directly.
class ReplayFinisher {
public:
    struct Result {
        bool ok = false;
        QString error; // translated
        ReplayFiles files;
        ReplayTimeline timeline;
    };

    // `show` gives the opening chapter's title and each product's price, image and link (may be null: the
    // log's titles are used). Progress from 0 to 1; `cancel` stops the remux and leaves the recording as is.
    static Result finish(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show,
                         const std::function<bool(double)>& progress = {},
                         const std::atomic_bool* cancel = nullptr);

    // One clip per product chapter (OUT.clips/NN-SKU.mp4) and a thumbnail per chapter (OUT.clips/NN-SKU.jpg,
    // 480 px wide, a second in). When the log names a vertical (9:16) recording made alongside, each
    // product's clip is cut from it too, at the same moments of the show (OUT.clips/NN-SKU.vertical.mp4).
    // Keyframes: stream copy from the keyframe nearest the chapter's start (fast, within a keyframe
    // interval). Exact: decoded and re-encoded to H.264 from the chapter's first frame to its end
    // (ClipEncoder).
    enum class Cut { Keyframes, Exact };
    struct Clips {
        bool ok = false;
        QString error;
        QStringList clips;
        QStringList verticalClips;
        QStringList thumbnails;
    };
    static Clips makeClips(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show,
                           Cut cut = Cut::Keyframes, const std::function<bool(double)>& progress = {},
                           const std::atomic_bool* cancel = nullptr);

    // The recording a crash cut short, for the next start to offer its replay: the last `recording.start` of
    // the log when no `recording.stop` follows it, its file is still there and no replay was made of it.
    // Empty when there is none.
    static QString unfinishedRecording(const QString& eventsPath);

    // The pure parts, for tests.
    static QByteArray manifestJson(const ReplayTimeline& timeline, const ShowDocument* show,
                                   const QString& videoName);
    static QByteArray webVtt(const ReplayTimeline& timeline);
};

// ReplayFinisher on a worker thread, reporting on the caller's: progress, then finished. The recording is
// never touched; a cancelled or failed job removes what it started.
class ReplayJob : public QObject {
    Q_OBJECT
public:
    explicit ReplayJob(QObject* parent = nullptr);
    ~ReplayJob() override;

    // The show is copied: the job does not read the live document.
    void start(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show);
    // The clips and thumbnails of a recording's product chapters (ReplayFinisher::makeClips).
    void startClips(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show,
                    ReplayFinisher::Cut cut = ReplayFinisher::Cut::Keyframes);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(double fraction);
    void finished(bool ok, const QString& error, const vitrine::ReplayFiles& files);
    void clipsFinished(bool ok, const QString& error, const vitrine::ReplayFiles& files);

private:
    enum class Kind { Replay, Clips };
    void run(const QString& recordingPath, const QString& eventsPath, const ShowDocument* show, Kind kind,
             ReplayFinisher::Cut cut);

    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread* m_thread = nullptr;
    bool m_running = false;
};

} // namespace vitrine
