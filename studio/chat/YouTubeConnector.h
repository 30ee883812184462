#pragma once

#include "base/ReconnectBackoff.h"
#include "chat/ChatApiClient.h"
#include "chat/ChatConnector.h"
#include "chat/YouTubeLiveChatResolver.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace vitrine {

// YouTube live chat through the Live Streaming API: polls liveChatMessages.list
// (GET {base}/liveChat/messages?liveChatId=…&part=snippet,authorDetails&pageToken=…), honouring the
// page's pollingIntervalMillis and nextPageToken. Authenticates with an API key (read only) or an OAuth
// bearer token. Server errors and malformed pages are retried with back-off from the same page token.
// A target "broadcast=VIDEO_ID" first finds the broadcast's liveChatId (GET {base}/liveBroadcasts?id=…);
// "video=ID", "channel=UC…" and "handle=NAME" are looked up by YouTubeLiveChatResolver, and a channel's chat
// waits for its next live when one ends.
// With a bearer token it also writes, through the same base URL: liveChatMessages.insert
// (POST {base}/liveChat/messages?part=snippet), liveChatMessages.delete (DELETE
// {base}/liveChat/messages?id=…) and liveChatBans.insert (POST {base}/liveChat/bans?part=snippet, temporary
// or permanent). An API key alone reads only.
class YouTubeConnector : public ChatConnector {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://www.googleapis.com/youtube/v3")); }

    YouTubeConnector(const QString& liveChatId, const QString& apiKey, const QString& bearerToken,
                     const QUrl& endpoint = defaultEndpoint(), QObject* parent = nullptr);
    ~YouTubeConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::YouTube; }
    QString target() const override { return m_liveChatId.isEmpty() ? m_target : m_liveChatId; }
    static constexpr QLatin1String BroadcastPrefix{"broadcast="};
    void start() override;
    void stop() override;

    Capabilities capabilities() const override;
    QString capabilityReason(Capability capability) const override;
    void setAccessToken(const QString& token) override;
    bool sendMessage(const QString& text) override;
    bool deleteMessage(const QString& messageId) override;
    bool timeoutAuthor(const QString& authorId, int seconds) override;
    bool banAuthor(const QString& authorId) override;
    ChatApiClient& api() { return m_api; }
    // The live's video id once known (from a video= or broadcast= target, or the chat's look-up); empty
    // before. The live dashboard asks it for the concurrent viewers.
    QString videoId() const { return m_videoId; }

    ReconnectBackoff& backoff() { return m_backoff; }
    // Floor and default for the wait between polls, when the page asks for less or says nothing.
    void setPollingLimits(int minimumMs, int defaultMs);

private:
    void poll();
    void resolveBroadcast();
    void onResolved(const QString& liveChatId, const QString& videoId);
    void onResolveFailed(const QString& reason, bool permanent);
    // The live ended: a channel target waits for its next live (true); a fixed chat is over (false).
    bool awaitNextLive();
    void onBroadcastReply(QNetworkReply* reply);
    QNetworkRequest request(const QString& path, const QUrlQuery& query) const;
    void onReply(QNetworkReply* reply);
    void retryLater(const QString& reason);
    void failPermanently(const QString& reason);
    // liveChatBans.insert; seconds 0 bans for good.
    bool ban(const QString& authorId, int seconds);
    // False (with errorOccurred) until the live chat is known.
    bool hasLiveChat(const QString& what);

    QString m_target;
    QString m_broadcastId; // set when the target names a broadcast rather than its chat
    QString m_liveChatId;
    QString m_videoId;
    QString m_apiKey;
    QString m_bearerToken;
    QUrl m_endpoint;
    QNetworkAccessManager m_network;
    ChatApiClient m_api;
    YouTubeLiveChatResolver m_resolver;
    QPointer<QNetworkReply> m_reply;
    QTimer m_pollTimer;
    ReconnectBackoff m_backoff;
    QString m_pageToken;
    int m_minimumPollMs = 100;
    int m_defaultPollMs = 5000;
    bool m_running = false;
};

} // namespace vitrine
