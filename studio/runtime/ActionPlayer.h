#pragma once

#include "runtime/ActionScript.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace vitrine {

class ChatHub;
class LiveState;

// Plays a rehearsal script as a producer would click: each action goes through the same LiveState (and so
// the same event-log records) as the producer panel. An action that cannot be done now (unknown SKU or code,
// a sold-out product without "confirm", no next segment, no such scene) is reported and skipped.
class ActionPlayer : public QObject {
    Q_OBJECT
public:
    // Puts a scene on air (and logs it, as the window's scene bar does); false with a message when there is
    // no such scene.
    using SceneSwitch = std::function<bool(const QString& name, QString* error)>;

    // `chat` (may be null) takes the highlights.
    ActionPlayer(ActionScript script, LiveState* live, SceneSwitch switchScene, ChatHub* chat = nullptr,
                 QObject* parent = nullptr);

    // Times in the script count from this call.
    void start();
    void stop();

    // Does one action now. Returns false with a message (naming the script line) when it was skipped.
    bool apply(const ScriptedAction& action, QString* error);

    int appliedCount() const { return m_applied; }
    int skippedCount() const { return m_skipped; }

Q_SIGNALS:
    void actionSkipped(const QString& message);

private:
    void playDue();
    void scheduleNext();

    ActionScript m_script;
    LiveState* m_live;
    SceneSwitch m_switchScene;
    ChatHub* m_chat;
    QElapsedTimer m_clock;
    QTimer m_timer;
    int m_next = 0;
    int m_applied = 0;
    int m_skipped = 0;
};

} // namespace vitrine
