#pragma once

#include "audience/AudienceFigures.h"
#include "audience/ViewerPoller.h"
#include "chat/ChatConnectorFactory.h"
#include "show/ShowStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace vitrine {

class ChatHub;
class ClaimBook;
class LiveState;

// Feeds the live's figures from the running show: each chat message as it is merged, the chat's buy
// intents, the claim book's claims, the live state's pins and promos, and the viewer counts of the lives the
// chats read (polled while live, with the chats' credentials). The show's targets come from its document.
// Any source may be null.
class AudienceFeed : public QObject {
    Q_OBJECT
public:
    using CredentialsProvider = std::function<ChatCredentials()>;

    AudienceFeed(ChatHub* hub, ClaimBook* claims, LiveState* live, const ShowStore* store,
                 QObject* parent = nullptr);

    AudienceFigures* figures() { return &m_figures; }
    ViewerPoller* poller() { return &m_poller; }
    const ShowStore* store() const { return m_store; }
    // The credentials the viewer counts are asked with (default: the environment's, as the chats').
    void setCredentialsProvider(CredentialsProvider provider) { m_credentials = std::move(provider); }

    // The live starts (figures start over, viewers are polled) or ends (polling stops, figures stay).
    void setLive(bool live);
    bool isLive() const { return m_isLive; }
    // The last viewer-count failure (translated), empty after a good answer.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void liveChanged(bool live);
    void errorChanged(const QString& message);

private:
    void readTargets();
    void readClaims();

    AudienceFigures m_figures;
    ViewerPoller m_poller;
    QPointer<ChatHub> m_hub;
    QPointer<ClaimBook> m_claims;
    QPointer<LiveState> m_live;
    QPointer<const ShowStore> m_store;
    CredentialsProvider m_credentials;
    bool m_isLive = false;
    QString m_lastError;
};

} // namespace vitrine
