#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace vitrine {

// Secrets (OAuth tokens, stream keys) in the operating system's keychain through QtKeychain, one entry per
// platform and account ("<platform>/<account>" under the service name). Never falls back to a file: without a
// keychain every call fails with a message saying so. Calls are asynchronous; the callback runs on the
// caller's thread.
class TokenStore : public QObject {
    Q_OBJECT
public:
    static constexpr auto kDefaultService = "vitrine-studio";

    explicit TokenStore(const QString& service = QString::fromLatin1(kDefaultService),
                        QObject* parent = nullptr);

    QString service() const { return m_service; }

    enum class Failure { None, NoKeychain, AccessDenied, Other };
    // The kind of the failure a callback is reporting (valid inside the callback): "no keychain" is a state
    // to show for good, not a passing error.
    Failure lastFailure() const { return m_lastFailure; }
    static QString entryKey(const QString& platform, const QString& account);

    using Done = std::function<void(bool ok, const QString& error)>;
    using Read = std::function<void(std::optional<QString> secret, const QString& error)>;

    void write(const QString& platform, const QString& account, const QString& secret, Done done);
    // A missing entry is not an error: the secret is nullopt and the error empty.
    void read(const QString& platform, const QString& account, Read done);
    void remove(const QString& platform, const QString& account, Done done);

private:
    QString m_service;
    Failure m_lastFailure = Failure::None;
};

} // namespace vitrine
