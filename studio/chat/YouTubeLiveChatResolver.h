#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace vitrine {

// A request to the YouTube Data API v3 at {endpoint}{path}: the API key in the query when there is no bearer
// token, the token in the Authorization header otherwise.
QNetworkRequest youTubeApiRequest(const QUrl& endpoint, const QString& path, QUrlQuery query,
                                  const QString& apiKey, const QString& bearerToken);
// The reply's error string with the URL's query (and with it the API key) left out.
QString youTubeReplyErrorWithoutSecrets(QNetworkReply* reply);

// Finds the live chat of what a presenter pasted, through the YouTube Data API v3:
//   handle=NAME    channels.list?part=id&forHandle=@NAME             → channel id, then as channel=
//   channel=UC…    search.list?part=id&channelId=UC…&eventType=live&type=video → video id, then as video=
//   video=ID       videos.list?part=liveStreamingDetails&id=ID       → liveStreamingDetails.activeLiveChatId
//   mine           liveBroadcasts.list?part=id,snippet&broadcastStatus=active (OAuth: the signed-in
//                  channel's own)                                     → snippet.liveChatId, else as video=
// Asynchronous on the caller's event loop; one lookup at a time. Reasons are translated and never hold the
// API key.
class YouTubeLiveChatResolver : public QObject {
    Q_OBJECT
public:
    // The video's liveStreamingDetails, as videos.list tells them.
    struct VideoChat {
        bool found = false;       // the list held the video
        bool isLive = false;      // it has liveStreamingDetails (a live, past or coming)
        bool ended = false;       // actualEndTime is set
        QString activeLiveChatId; // empty: not started, ended, or chat turned off
    };

    YouTubeLiveChatResolver(const QString& apiKey, const QString& bearerToken, const QUrl& endpoint,
                            QObject* parent = nullptr);
    ~YouTubeLiveChatResolver() override;

    // Targets this class looks up (the others are live chat ids already).
    static bool isLookup(const QString& target);
    // Targets that stand for a channel's current live, which changes from one show to the next.
    static bool followsChannel(const QString& target);

    // Starts looking up a video=, channel=, handle= or mine target; ends with resolved() or failed().
    void resolve(const QString& target);
    void cancel();
    void setBearerToken(const QString& token) { m_bearerToken = token; }
    bool isBusy() const { return !m_reply.isNull(); }

    // The pure parts, without networking. Each returns false with a translated reason when the body is not
    // the expected list; an empty list gives true with an empty result.
    static bool parseChannelId(const QByteArray& json, QString* channelId, QString* error);
    static bool parseLiveVideoId(const QByteArray& json, QString* videoId, QString* error);
    static bool parseVideoChat(const QByteArray& json, VideoChat* chat, QString* error);
    // The first active broadcast's video id and live chat id (both empty when there is none).
    static bool parseActiveBroadcast(const QByteArray& json, QString* videoId, QString* liveChatId,
                                     QString* error);

Q_SIGNALS:
    void resolved(const QString& liveChatId, const QString& videoId);
    // permanent: asking again will not help (no such channel or video, ended live, refused key).
    void failed(const QString& reason, bool permanent);

private:
    enum class Step { Handle, Channel, Mine, Video };
    void ask(Step step, const QString& value);
    void onReply(QNetworkReply* reply);
    void onAnswer(const QByteArray& body);

    QString m_apiKey;
    QString m_bearerToken;
    QUrl m_endpoint;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    Step m_step = Step::Video;
    QString m_value; // the handle, channel id or video id being asked about
};

} // namespace vitrine
