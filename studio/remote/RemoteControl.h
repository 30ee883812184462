#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace vitrine {

class LiveShow;
class PublicFeed;
class RemoteServer;
class ShowRemoteApi;

// The producer remote of a running show, as the window and the headless runner start it: the obs-websocket 5
// server with its requests and events on the show (ShowRemoteApi), the pages it serves (/remote, /widget) and
// the viewers' public feed (/feed, /feed.json, product images from PublicFeed).
class RemoteControl : public QObject {
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = 4455; // obs-websocket's, which remotes try first

    struct Options {
        quint16 port = kDefaultPort;
        bool lanAccess = false;    // false: 127.0.0.1 only
        QString password;          // the producer's: every request
        QString moderatorPassword; // the chat's requests only; empty: none
        QString tlsCertificate;    // PEM files; both empty: plain ws:// and http://
        QString tlsKey;
    };

    explicit RemoteControl(LiveShow& show, QObject* parent = nullptr);
    ~RemoteControl() override;

    // Starts serving (stops first if it ran); false with a message for people (port taken, bad certificate).
    [[nodiscard]] bool start(const Options& options, QString* error);
    void stop();
    bool isRunning() const;
    quint16 port() const; // the port served, 0 when stopped
    bool isSecure() const;
    int clientCount() const; // identified obs-websocket clients

    // Where the pages are: the loopback address, then the machine's LAN addresses when LAN access is on.
    QStringList addresses() const;
    QString pageUrl(const QString& host, const QString& page) const; // page: "remote", "widget", "feed"

    // Where StartRecord writes (the window's Settings › Recording); unset: beside the show.
    void setRecordingPathProvider(std::function<QString()> provider);

    ShowRemoteApi& api() { return *m_api; }
    PublicFeed& feed() { return *m_feed; }

Q_SIGNALS:
    void runningChanged(bool running);
    void clientCountChanged(int clients);
    // A refusal worth knowing (a wrong password, a flood), for the log; never carries a secret.
    void refused(const QString& message);

private:
    Options m_options;
    std::unique_ptr<ShowRemoteApi> m_api;
    std::unique_ptr<PublicFeed> m_feed;
    std::unique_ptr<RemoteServer> m_server;
};

} // namespace vitrine
