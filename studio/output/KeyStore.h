#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace vitrine {

// Stream keys in the OS keychain (Secret Service on Linux, through QtKeychain), never in files, logs or
// settings. Calls are asynchronous: the keychain may ask the user to unlock it. Without a keychain (no
// session bus, no Secret Service) every call completes with a message saying so, never with a plain-text
// fallback.
class KeyStore : public QObject {
    Q_OBJECT
public:
    // service names the keychain entries ("vitrine" for the studio; tests use their own).
    explicit KeyStore(QString service = QStringLiteral("vitrine"), QObject* parent = nullptr);
    ~KeyStore() override = default;

    // key is empty and error set when the entry is missing or the keychain cannot be read.
    using ReadCallback = std::function<void(const QString& key, const QString& error)>;
    using WriteCallback = std::function<void(const QString& error)>;

    // Virtual so that a test can stand in an in-memory store where the keychain is not the point.
    virtual void readKey(const QString& keyRef, ReadCallback done);
    virtual void writeKey(const QString& keyRef, const QString& key, WriteCallback done);
    virtual void removeKey(const QString& keyRef, WriteCallback done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace vitrine
