#pragma once

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
class FacebookConnector : public StreamingChatConnector {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://streaming-graph.facebook.com")); }

    FacebookConnector(const QString& liveVideoId, const QString& accessToken,
                      const QUrl& endpoint = defaultEndpoint(), QObject* parent = nullptr);
    ~FacebookConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::Facebook; }
    QString target() const override { return m_liveVideoId; }

private:
    void openTransport() override;
    void closeTransport() override;
    int serverRetryDelayMs() const override { return m_parser.retryMillis(); }
    void onReadyRead();
    void onFinished(QNetworkReply* reply);

    QString m_liveVideoId;
    QString m_accessToken;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QByteArray m_errorBody; // a non-200 answer's body, for the error message
    bool m_streaming = false;
};

} // namespace vitrine
