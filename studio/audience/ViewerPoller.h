#pragma once

#include "chat/ChatMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace vitrine {

class ChatApiClient;
class ChatHub;
struct ChatCredentials;

// One live whose concurrent viewers a platform tells.
struct ViewerSource {
    ChatPlatform platform = ChatPlatform::Custom;
    QString id;       // YouTube video id, Twitch channel login, Facebook live video id
    QString token;    // OAuth bearer (YouTube, Twitch) or page token (Facebook)
    QString apiKey;   // YouTube, when there is no token
    QString clientId; // Twitch's application id (Helix asks for it with every token)
    QUrl endpoint;    // empty: the platform's own
    bool operator==(const ViewerSource&) const = default;
};

// Asks each platform for the live's concurrent viewers every interval (30 s unless set) while running:
//   YouTube   GET {googleapis}/youtube/v3/videos?part=liveStreamingDetails&id=VIDEO[&key=KEY]
//             → items[0].liveStreamingDetails.concurrentViewers (a string; absent: not live)
//   Twitch    GET {api.twitch.tv}/helix/streams?user_login=LOGIN (Bearer token, Client-Id)
//             → data[0].viewer_count (empty data: offline)
//   Facebook  GET {graph.facebook.com}/{live-video-id}?fields=live_views&access_token=TOKEN → live_views
// The sources are asked of the provider before each round, so a YouTube video id found later is used. A
// platform still answering is not asked again. Failures (refused token, malformed answer) come as translated
// messages that never hold the token; nothing stops the other platforms.
class ViewerPoller : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30000;
    using SourceProvider = std::function<QList<ViewerSource>()>;

    // What a platform's answer says: viewers, offline (nullopt), or not understood (ok false, error set).
    struct Reading {
        bool ok = false;
        std::optional<int> viewers;
        QString error;
    };
    static Reading parseYouTube(const QByteArray& json);
    static Reading parseTwitch(const QByteArray& json);
    static Reading parseFacebook(const QByteArray& json);
    static QUrl defaultEndpoint(ChatPlatform platform);

    // The lives the studio's chats read, with the chats' credentials: a YouTube chat's video id (once
    // known), a Twitch chat's channel (with the Twitch token and client id; Helix needs both), a Facebook
    // chat's live video id (with the Facebook token). Chats without what their platform needs are left out.
    static QList<ViewerSource> sourcesFromChats(const ChatHub& hub, const ChatCredentials& credentials);

    explicit ViewerPoller(QObject* parent = nullptr);
    ~ViewerPoller() override;

    void setSourceProvider(SourceProvider provider) { m_provider = std::move(provider); }
    void setSources(const QList<ViewerSource>& sources);
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }

    // Polls now, then every interval until stop().
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // One round: every source not still answering is asked once.
    void pollNow();

Q_SIGNALS:
    void sampled(vitrine::ChatPlatform platform, int viewers, const QDateTime& at);
    void offline(vitrine::ChatPlatform platform, const QDateTime& at);
    void failed(vitrine::ChatPlatform platform, const QString& message);

private:
    void poll(const ViewerSource& source);
    ChatApiClient* client(const ViewerSource& source);
    void onAnswer(ChatPlatform platform, const QByteArray& body);

    SourceProvider m_provider;
    QTimer m_timer;
    QMap<ChatPlatform, ChatApiClient*> m_clients; // owned (children)
    QMap<ChatPlatform, ViewerSource> m_clientSources;
    QMap<ChatPlatform, bool> m_waiting; // asked, not answered yet
};

} // namespace vitrine
