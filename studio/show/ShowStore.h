#pragma once

#include "show/ShowDocument.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace vitrine {

// Keeps the open show safe on disk: every change is saved (atomically) within a fraction of a second and at
// least every 10 s, and the live state (pinned product, running promo, run-of-show position) goes to a
// session file beside the show, so that after a crash the next start can offer to restore it.
class ShowStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kSaveDelayMs = 250;
    static constexpr int kPeriodicSaveMs = 10'000;

    explicit ShowStore(QObject* parent = nullptr);
    ~ShowStore() override;

    // trackSession: keep the crash marker and live state beside the show (the window); a headless run only
    // saves the show's own changes.
    [[nodiscard]] bool open(const QString& path, QString* error, bool trackSession = true);
    QString path() const { return m_path; }
    const ShowDocument& document() const { return m_document; }

    // Edits the show; saved shortly after.
    void update(const std::function<void(ShowDocument&)>& edit);
    void setSessionState(const QJsonObject& state);
    // Saves now what is pending. Returns false (and emits saveFailed) when the disk refuses.
    bool flush();

    // After open(): the live state a previous run left without closing cleanly (a crash), if any.
    std::optional<QJsonObject> recoverableSession() const { return m_recoverable; }
    // After open(): the live state a previous run closed cleanly with (a show in progress is kept across a
    // quit until the producer ends it), if any.
    std::optional<QJsonObject> keptSession() const { return m_kept; }
    // Marks this run as closed cleanly (saving what is pending): the next start offers no recovery.
    void closeCleanly();

    static QString sessionPath(const QString& showPath) { return showPath + QStringLiteral(".session"); }

Q_SIGNALS:
    void changed();
    void saved();
    void saveFailed(const QString& message);

private:
    void scheduleSave();
    bool writeSession(bool clean, QString* error);

    QString m_path;
    ShowDocument m_document;
    QJsonObject m_session;
    std::optional<QJsonObject> m_recoverable;
    std::optional<QJsonObject> m_kept;
    bool m_documentDirty = false;
    bool m_sessionDirty = false;
    bool m_trackSession = true;
    QTimer m_saveSoon;
    QTimer m_periodic;
};

} // namespace vitrine
