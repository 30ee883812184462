#pragma once

#include "chat/ChatApiClient.h"
#include "chat/SseParser.h"
#include "chat/StreamingChatConnector.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace vitrine {

// Facebook live comments: the Graph API's Server-Sent Events stream
// GET {base}/{live-video-id}/live_comments?access_token=…&comment_rate=one_hundred_per_second
//     &fields=from{name,id},message,created_time
// The stream is reopened with back-off whenever it ends or fails; the token never appears in messages.
// With the page token it also writes through the Graph API: a comment on the live video
// (POST {graph}/{live-video-id}/comments, message=…) and a comment's deletion (DELETE {graph}/{comment-id}).
// The Graph API offers no time-out or ban of live commenters.
class FacebookConnector : public StreamingChatConnector {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://streaming-graph.facebook.com")); }
    static QUrl defaultGraphEndpoint() { return QUrl(QStringLiteral("https://graph.facebook.com")); }

    FacebookConnector(const QString& liveVideoId, const QString& accessToken,
                      const QUrl& endpoint = defaultEndpoint(), QObject* parent = nullptr);
    ~FacebookConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::Facebook; }
    QString target() const override { return m_liveVideoId; }
    Capabilities capabilities() const override;
    QString capabilityReason(Capability capability) const override;
    void setAccessToken(const QString& token) override;
    bool sendMessage(const QString& text) override;
    bool deleteMessage(const QString& messageId) override;

    // Where the Graph API's writes go (a local server in tests).
    void setGraphEndpoint(const QUrl& endpoint) { m_graph.setBase(endpoint); }
    ChatApiClient& graph() { return m_graph; }

private:
    void openTransport() override;
    void closeTransport() override;
    int serverRetryDelayMs() const override { return m_parser.retryMillis(); }
    void onReadyRead();
    void onFinished(QNetworkReply* reply);

    QString m_liveVideoId;
    QString m_accessToken;
    QNetworkAccessManager m_network;
    ChatApiClient m_graph;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QByteArray m_errorBody; // a non-200 answer's body, for the error message
    bool m_streaming = false;
};

} // namespace vitrine
