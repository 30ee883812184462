#include "show/ShowStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace vitrine {

ShowStore::ShowStore(QObject* parent) : QObject(parent)
{
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(kSaveDelayMs);
    connect(&m_saveSoon, &QTimer::timeout, this, &ShowStore::flush);
    m_periodic.setInterval(kPeriodicSaveMs);
    connect(&m_periodic, &QTimer::timeout, this, &ShowStore::flush);
}

ShowStore::~ShowStore()
{
    // Pending edits are saved, but the session stays "not clean" unless closeCleanly() was called.
    flush();
}

bool ShowStore::open(const QString& path, QString* error, bool trackSession)
{
    std::optional<ShowDocument> document = ShowDocument::load(path, error);
    if (!document)
        return false;
    m_document = std::move(*document);
    m_path = path;
    m_trackSession = trackSession;
    m_recoverable.reset();
    m_kept.reset();
    m_session = {};
    m_periodic.start();
    if (!trackSession)
        return true;
    QFile sessionFile(sessionPath(path));
    if (sessionFile.open(QIODevice::ReadOnly)) {
        const QJsonObject previous = QJsonDocument::fromJson(sessionFile.readAll()).object();
        const QJsonObject live = previous.value(QStringLiteral("live")).toObject();
        if (!previous.isEmpty() && !previous.value(QStringLiteral("clean")).toBool(true))
            m_recoverable = live;
        else if (!live.isEmpty())
            m_kept = live;
    }
    QString sessionError;
    if (!writeSession(false, &sessionError))
        Q_EMIT saveFailed(sessionError);
    return true;
}

void ShowStore::update(const std::function<void(ShowDocument&)>& edit)
{
    edit(m_document);
    m_documentDirty = true;
    scheduleSave();
    Q_EMIT changed();
}

void ShowStore::setSessionState(const QJsonObject& state)
{
    m_session = state;
    m_sessionDirty = true;
    scheduleSave();
}

void ShowStore::scheduleSave()
{
    // Not restarted by later edits: a burst of edits must not postpone the save indefinitely.
    if (!m_saveSoon.isActive())
        m_saveSoon.start();
}

bool ShowStore::flush()
{
    if (m_path.isEmpty())
        return true;
    QString error;
    if (m_documentDirty) {
        if (!m_document.save(m_path, &error)) {
            Q_EMIT saveFailed(error);
            return false;
        }
        m_documentDirty = false;
        Q_EMIT saved();
    }
    if (m_sessionDirty) {
        if (!writeSession(false, &error)) {
            Q_EMIT saveFailed(error);
            return false;
        }
        m_sessionDirty = false;
    }
    return true;
}

void ShowStore::closeCleanly()
{
    flush();
    QString error;
    if (!m_path.isEmpty() && !writeSession(true, &error))
        Q_EMIT saveFailed(error);
    m_periodic.stop();
}

bool ShowStore::writeSession(bool clean, QString* error)
{
    if (!m_trackSession)
        return true; // a run that offers no recovery leaves no marker beside the show
    const QJsonObject json{
        {QStringLiteral("clean"), clean},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("live"), m_session}};
    QSaveFile file(sessionPath(m_path));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot save the show's session state %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace vitrine
