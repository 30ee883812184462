#pragma once

#include "chat/ChatMessage.h"

#include <QObject>
#include <QString>

namespace vitrine {

// One platform's live chat. Connectors run on the GUI thread's event loop with asynchronous Qt networking
// (never blocking it), reconnect by themselves with back-off, and report their state.
class ChatConnector : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(State)

    enum Capability {
        CanSend = 1 << 0,
        CanDelete = 1 << 1,
        CanTimeout = 1 << 2,
        CanBan = 1 << 3,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;

    virtual ChatPlatform platform() const = 0;
    virtual QString target() const = 0; // channel login, liveChatId, live video id, feed name
    // What the signed-in account may do here (anonymous read-only: none).
    virtual Capabilities capabilities() const { return {}; }
    // Why this chat cannot do `capability` with the account it uses, translated and naming the platform
    // ("Facebook does not let pages time out or ban live commenters"); empty when it can.
    virtual QString capabilityReason(Capability capability) const;

    virtual void start() = 0;
    virtual void stop() = 0;

    // The signed-in account's token was renewed (same account): use it from the next request on, without
    // reconnecting. Connectors that hold no token ignore it.
    virtual void setAccessToken(const QString& token) { Q_UNUSED(token) }

    // Each returns false (and emits errorOccurred) when the capability is missing. Platforms answering over
    // HTTP return true once the request is on its way; a refusal arrives later through errorOccurred.
    virtual bool sendMessage(const QString& text);
    virtual bool deleteMessage(const QString& messageId);
    virtual bool timeoutAuthor(const QString& authorId, int seconds);
    virtual bool banAuthor(const QString& authorId);

    State state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }

Q_SIGNALS:
    void messageReceived(const vitrine::ChatMessage& message);
    // The platform deleted one message.
    void messageDeleted(vitrine::ChatPlatform platform, const QString& messageId);
    // The platform removed an author's messages (ban or time-out); authorId may be empty when only the
    // name is known.
    void authorCleared(vitrine::ChatPlatform platform, const QString& authorId, const QString& authorName);
    // The whole chat was cleared by a moderator.
    void chatCleared(vitrine::ChatPlatform platform);
    void stateChanged(vitrine::ChatConnector::State state, const QString& detail);
    // A translated, user-facing message: a malformed frame, a refused token, an action not allowed…
    void errorOccurred(const QString& message);

protected:
    void setState(State state, const QString& detail = {});

private:
    State m_state = State::Idle;
    QString m_stateDetail;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChatConnector::Capabilities)

} // namespace vitrine
