#include "show/EventLog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace vitrine {

EventLog::EventLog(QObject* parent) : QObject(parent) {}

bool EventLog::open(const QString& path, QString* error)
{
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("cannot write the show's event log %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void EventLog::markLiveStarted()
{
    m_live.start();
    append(EventType::LiveStart);
}

void EventLog::markLiveStopped()
{
    append(EventType::LiveStop);
    m_live.invalidate();
}

void EventLog::markRecordingStarted(const QString& path)
{
    m_recording.start();
    append(EventType::RecordingStart,
           path.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("path"), path}});
}

void EventLog::markRecordingStopped()
{
    append(EventType::RecordingStop);
    m_recording.invalidate();
}

std::optional<qint64> EventLog::liveElapsedMs() const
{
    if (!m_live.isValid())
        return std::nullopt;
    return m_live.elapsed();
}

void EventLog::append(QLatin1String type, const QJsonObject& data)
{
    QJsonObject event = data;
    event.insert(QStringLiteral("utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    event.insert(QStringLiteral("type"), type);
    if (m_live.isValid())
        event.insert(QStringLiteral("liveMs"), m_live.elapsed());
    if (m_recording.isValid())
        event.insert(QStringLiteral("recordingMs"), m_recording.elapsed());
    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
        m_file.flush();
    }
    Q_EMIT appended(event);
}

QList<QJsonObject> EventLog::read(const QString& path)
{
    QList<QJsonObject> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QJsonDocument line = QJsonDocument::fromJson(file.readLine());
        if (line.isObject())
            events << line.object();
    }
    return events;
}

} // namespace vitrine
