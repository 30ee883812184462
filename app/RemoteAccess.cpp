#include "RemoteAccess.h"

#include "output/KeyStore.h"
#include "runtime/LiveShow.h"

#include <QRandomGenerator>
#include <QSettings>

namespace vitrine {

namespace {
const QString kPasswordRef = QStringLiteral("remote/password");
const QString kModeratorRef = QStringLiteral("remote/moderator-password");
const QString kGroup = QStringLiteral("remote");
} // namespace

RemoteAccess::RemoteAccess(LiveShow& show, QObject* parent)
    : QObject(parent), m_show(show), m_keys(show.keys()), m_control(std::make_unique<RemoteControl>(show))
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_settings.enabled = settings.value(QStringLiteral("enabled"), false).toBool();
    m_settings.port =
        static_cast<quint16>(settings.value(QStringLiteral("port"), RemoteControl::kDefaultPort).toUInt());
    m_settings.lanAccess = settings.value(QStringLiteral("lanAccess"), false).toBool();
    m_settings.tlsCertificate = settings.value(QStringLiteral("tlsCertificate")).toString();
    m_settings.tlsKey = settings.value(QStringLiteral("tlsKey")).toString();
    connect(m_control.get(), &RemoteControl::clientCountChanged, this, &RemoteAccess::updateStatus);
    connect(m_control.get(), &RemoteControl::refused, this,
            [](const QString& message) { qInfo("remote: %s", qUtf8Printable(message)); });
}

RemoteAccess::~RemoteAccess() = default;

QString RemoteAccess::makePassword()
{
    // No look-alike characters: it is read off one screen and typed on a phone.
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password += alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(alphabet.size())));
    return password;
}

void RemoteAccess::restore()
{
    if (m_settings.enabled)
        readPasswordsThenStart();
}

void RemoteAccess::apply(const Settings& settings)
{
    m_settings = settings;
    QSettings stored;
    stored.beginGroup(kGroup);
    stored.setValue(QStringLiteral("enabled"), settings.enabled);
    stored.setValue(QStringLiteral("port"), settings.port);
    stored.setValue(QStringLiteral("lanAccess"), settings.lanAccess);
    stored.setValue(QStringLiteral("tlsCertificate"), settings.tlsCertificate);
    stored.setValue(QStringLiteral("tlsKey"), settings.tlsKey);
    if (!settings.enabled) {
        ++m_generation;
        m_control->stop();
        setStatus(tr("Off."));
        return;
    }
    if (m_password.isEmpty())
        readPasswordsThenStart();
    else
        start();
}

void RemoteAccess::readPasswordsThenStart()
{
    const quint64 generation = ++m_generation;
    setStatus(tr("Reading the remote's password from the keychain…"));
    m_keys.readKey(kPasswordRef, [this, generation](const QString& password, const QString&) {
        if (generation != m_generation)
            return;
        if (password.isEmpty()) {
            m_password = makePassword(); // the first enable
            storePassword(kPasswordRef, m_password);
        } else {
            m_password = password;
        }
        m_keys.readKey(kModeratorRef, [this, generation](const QString& moderator, const QString&) {
            if (generation != m_generation)
                return;
            m_moderatorPassword = moderator;
            start();
        });
    });
}

void RemoteAccess::start()
{
    if (!m_settings.enabled || m_password.isEmpty())
        return;
    RemoteControl::Options options;
    options.port = m_settings.port;
    options.lanAccess = m_settings.lanAccess;
    options.password = m_password;
    options.moderatorPassword = m_moderatorPassword;
    options.tlsCertificate = m_settings.tlsCertificate;
    options.tlsKey = m_settings.tlsKey;
    QString error;
    // Connected remotes sign in again: the port, the password or the certificate may have changed.
    if (!m_control->start(options, &error)) {
        setStatus(tr("Not serving: %1").arg(error));
        return;
    }
    updateStatus();
}

void RemoteAccess::updateStatus()
{
    if (!m_control->isRunning())
        return;
    setStatus(tr("Serving on port %1, %n remote(s) connected.", nullptr, m_control->clientCount())
                  .arg(m_control->port()));
}

void RemoteAccess::renewPassword()
{
    m_password = makePassword();
    storePassword(kPasswordRef, m_password);
    start(); // connected remotes sign in again
    Q_EMIT changed();
}

void RemoteAccess::setModeratorPassword(const QString& password)
{
    m_moderatorPassword = password;
    if (password.isEmpty())
        m_keys.removeKey(kModeratorRef, [](const QString&) {});
    else
        storePassword(kModeratorRef, password);
    start();
    Q_EMIT changed();
}

void RemoteAccess::storePassword(const QString& keyRef, const QString& value)
{
    m_keys.writeKey(keyRef, value, [this](const QString& error) {
        if (!error.isEmpty())
            setStatus(tr("The password could not be kept in the keychain (%1): it lasts until the studio "
                         "quits.")
                          .arg(error));
    });
}

void RemoteAccess::setStatus(const QString& status)
{
    m_status = status;
    Q_EMIT changed();
}

} // namespace vitrine
