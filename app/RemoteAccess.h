#pragma once

#include "remote/RemoteControl.h"

#include <QObject>
#include <QString>

#include <memory>

namespace vitrine {

class KeyStore;
class LiveShow;

// The window's producer remote: its settings (on or off, port, LAN access, TLS files) in QSettings, its
// passwords in the keychain, and the RemoteControl serving them. Off by default; once on, it starts again
// with the studio. The password is made on the first enable, never written anywhere but the keychain.
class RemoteAccess : public QObject {
    Q_OBJECT
public:
    struct Settings {
        bool enabled = false;
        quint16 port = RemoteControl::kDefaultPort;
        bool lanAccess = false;
        QString tlsCertificate;
        QString tlsKey;
    };

    RemoteAccess(LiveShow& show, QObject* parent = nullptr);
    ~RemoteAccess() override;

    Settings settings() const { return m_settings; }
    // Saves and applies: starts, restarts or stops the remote (the passwords are read from the keychain
    // first, and made when there is none).
    void apply(const Settings& settings);
    // Starts the remote when it was on at the last quit.
    void restore();

    QString password() const { return m_password; }
    bool hasModeratorPassword() const { return !m_moderatorPassword.isEmpty(); }
    void renewPassword();
    // Empty: no moderator access.
    void setModeratorPassword(const QString& password);

    RemoteControl& control() { return *m_control; }
    // What the dialog says: serving where, or why not.
    QString status() const { return m_status; }

    static QString makePassword();

Q_SIGNALS:
    void changed();

private:
    void readPasswordsThenStart();
    void start();
    void updateStatus();
    void setStatus(const QString& status);
    void storePassword(const QString& keyRef, const QString& value);

    LiveShow& m_show;
    KeyStore& m_keys;
    std::unique_ptr<RemoteControl> m_control;
    Settings m_settings;
    QString m_password;
    QString m_moderatorPassword;
    QString m_status;
    quint64 m_generation = 0; // a keychain answer for an older apply() is dropped
};

} // namespace vitrine
