#pragma once

#include "chat/ChatConnector.h"
#include "chat/ReconnectBackoff.h"
#include "chat/SseParser.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace vitrine {

// Facebook live comments: the Graph API's Server-Sent Events stream
// GET {base}/{live-video-id}/live_comments?access_token=…&comment_rate=one_hundred_per_second
//     &fields=from{name,id},message,created_time
// The stream is reopened with back-off whenever it ends or fails; the token never appears in messages.
class FacebookConnector : public ChatConnector {
    Q_OBJECT
public:
    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://streaming-graph.facebook.com")); }

    FacebookConnector(const QString& liveVideoId, const QString& accessToken,
                      const QUrl& endpoint = defaultEndpoint(), QObject* parent = nullptr);
    ~FacebookConnector() override;

    ChatPlatform platform() const override { return ChatPlatform::Facebook; }
    QString target() const override { return m_liveVideoId; }
    void start() override;
    void stop() override;

    ReconnectBackoff& backoff() { return m_backoff; }

private:
    void open();
    void onReadyRead();
    void onFinished(QNetworkReply* reply);
    void retryLater(const QString& reason);
    void abortReply();

    QString m_liveVideoId;
    QString m_accessToken;
    QUrl m_endpoint;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QByteArray m_errorBody; // a non-200 answer's body, for the error message
    QTimer m_retryTimer;
    ReconnectBackoff m_backoff;
    bool m_running = false;
    bool m_streaming = false;
};

} // namespace vitrine
