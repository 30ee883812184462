#pragma once

#include <QString>

namespace vitrine {

// obs-websocket 5's authentication: the Hello carries a salt and a challenge, the client answers
// base64(sha256(secret + challenge)) with secret = base64(sha256(password + salt)); the password never
// crosses the wire and the server keeps only the secret.
class ObsWsAuth {
public:
    // 32 bytes from the system's cryptographic generator, in base64: a salt or a challenge.
    static QString makeRandom();
    static QString secret(const QString& password, const QString& salt);
    static QString answer(const QString& secret, const QString& challenge);
    // Whether `answer` is the one expected, compared in constant time.
    static bool verify(const QString& secret, const QString& challenge, const QString& answer);
    // Constant-time equality of two byte strings (the time depends only on their lengths).
    static bool equalConstantTime(const QByteArray& a, const QByteArray& b);
};

} // namespace vitrine
