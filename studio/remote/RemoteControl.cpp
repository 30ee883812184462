#include "remote/RemoteControl.h"

#include "remote/PublicFeed.h"
#include "remote/RemoteServer.h"
#include "remote/ShowRemoteApi.h"

#include <QHostAddress>
#include <QNetworkInterface>

namespace vitrine {

RemoteControl::RemoteControl(LiveShow& show, QObject* parent)
    : QObject(parent), m_api(std::make_unique<ShowRemoteApi>(show)),
      m_feed(std::make_unique<PublicFeed>(show)), m_server(std::make_unique<RemoteServer>(m_api.get()))
{
    m_server->setImageProvider(
        [this](const QString& name, QByteArray* contentType) { return m_feed->image(name, contentType); });
    m_server->publishFeed(m_feed->state());
    connect(m_feed.get(), &PublicFeed::changed, m_server.get(), &RemoteServer::publishFeed);
    connect(m_server.get(), &RemoteServer::clientConnected, this, &RemoteControl::clientCountChanged);
    connect(m_server.get(), &RemoteServer::clientDisconnected, this, &RemoteControl::clientCountChanged);
    connect(m_server.get(), &RemoteServer::refused, this, &RemoteControl::refused);
}

// The server goes first: its sessions call the API.
RemoteControl::~RemoteControl()
{
    m_server.reset();
}

bool RemoteControl::start(const Options& options, QString* error)
{
    stop();
    m_options = options;
    RemoteServerOptions server;
    server.port = options.port;
    server.lanAccess = options.lanAccess;
    server.producerPassword = options.password;
    server.moderatorPassword = options.moderatorPassword;
    server.tlsCertificateFile = options.tlsCertificate;
    server.tlsKeyFile = options.tlsKey;
    m_server->setOptions(server);
    if (!m_server->start(error))
        return false;
    Q_EMIT runningChanged(true);
    return true;
}

void RemoteControl::stop()
{
    if (!m_server->isRunning())
        return;
    m_server->stop();
    Q_EMIT runningChanged(false);
    Q_EMIT clientCountChanged(0);
}

bool RemoteControl::isRunning() const
{
    return m_server->isRunning();
}

quint16 RemoteControl::port() const
{
    return m_server->isRunning() ? m_server->serverPort() : 0;
}

bool RemoteControl::isSecure() const
{
    return !m_options.tlsCertificate.isEmpty() && !m_options.tlsKey.isEmpty();
}

int RemoteControl::clientCount() const
{
    return m_server->clientCount();
}

QStringList RemoteControl::addresses() const
{
    QStringList hosts{QStringLiteral("127.0.0.1")};
    if (!m_options.lanAccess)
        return hosts;
    for (const QHostAddress& address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal())
            hosts << address.toString();
    return hosts;
}

QString RemoteControl::pageUrl(const QString& host, const QString& page) const
{
    return QStringLiteral("%1://%2:%3/%4")
        .arg(isSecure() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port())
        .arg(page);
}

void RemoteControl::setRecordingPathProvider(std::function<QString()> provider)
{
    m_api->setRecordingPathProvider(std::move(provider));
}

} // namespace vitrine
