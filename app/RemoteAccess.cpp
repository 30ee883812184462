#include "RemoteAccess.h"

#include "RecordingSettings.h"

#include "output/KeyStore.h"
#include "runtime/LiveShow.h"

#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

namespace vitrine {

namespace {
const QString kPasswordRef = QStringLiteral("remote/password");
const QString kModeratorRef = QStringLiteral("remote/moderator-password");
const QString kGroup = QStringLiteral("remote");
constexpr int kKeychainWaitMs = 10000;
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
    // A remote's StartRecord writes where the window's Record button does (Settings › Recording).
    m_control->setRecordingPathProvider(
        [] { return RecordingSettings::load().pathFor(QDateTime::currentDateTime()); });
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
    // A keychain that never answers (no Secret Service on the session bus) must not keep the remote off.
    QTimer::singleShot(kKeychainWaitMs, this, [this, generation] {
        if (generation != m_generation)
            return;
        ++m_generation; // a late answer is dropped
        m_password = makePassword();
        start();
        setStatus(m_status + u' ' +
                  tr("The keychain did not answer: this password lasts until the studio quits."));
    });
    const QPointer<RemoteAccess> self(this);
    m_keys.readKey(kPasswordRef, [self, generation](const QString& password, const QString&) {
        if (!self || generation != self->m_generation)
            return;
        if (password.isEmpty()) {
            self->m_password = makePassword(); // the first enable
            self->storePassword(kPasswordRef, self->m_password);
        } else {
            self->m_password = password;
        }
        self->m_keys.readKey(kModeratorRef, [self, generation](const QString& moderator, const QString&) {
            if (!self || generation != self->m_generation)
                return;
            ++self->m_generation; // answered: the wait above ends
            self->m_moderatorPassword = moderator;
            self->start();
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
    const QPointer<RemoteAccess> self(this);
    m_keys.writeKey(keyRef, value, [self](const QString& error) {
        if (self && !error.isEmpty())
            self->setStatus(
                tr("The password could not be kept in the keychain (%1): it lasts until the studio "
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
