#pragma once

#include "show/EventTypes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace vitrine {

// The show's one record of what happened on air (pins, promos, segments, scene switches, chat highlights):
// JSON Lines appended and flushed as events happen, so a crash loses nothing already logged. Replay chapters,
// figures and the report all read it. Each line: {"utc": ISO time with ms, "type": ..., "liveMs": ms since
// the live started (when it runs), "recordingMs": ms since the recording started (when one runs), ...data}.
// The types are EventType's (show/EventTypes.h).
class EventLog : public QObject {
    Q_OBJECT
public:
    explicit EventLog(QObject* parent = nullptr);

    // Appends to path (created if needed). Returns false with a message when it cannot be written.
    [[nodiscard]] bool open(const QString& path, QString* error);
    QString path() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen(); }

    void markLiveStarted();
    void markLiveStopped();
    // `path`: the recording's file, so its replay finds its own records in a log of several recordings.
    void markRecordingStarted(const QString& path = {});
    void markRecordingStopped();
    bool isLive() const { return m_live.isValid(); }
    std::optional<qint64> liveElapsedMs() const;

    // type: one of EventType's names.
    void append(QLatin1String type, const QJsonObject& data = {});
    // A scene went on air (a chapter of the replay), from the window or a rehearsal script.
    void appendSceneSwitch(const QString& scene)
    {
        append(EventType::SceneSwitch, {{QStringLiteral("scene"), scene}});
    }

    // Reads every well-formed line of an event log (a torn last line after a crash is skipped).
    static QList<QJsonObject> read(const QString& path);

Q_SIGNALS:
    void appended(const QJsonObject& event);

private:
    QFile m_file;
    QElapsedTimer m_live;
    QElapsedTimer m_recording;
};

} // namespace vitrine
