#pragma once

#include <QByteArray>

namespace vitrine {

// Proof Key for Code Exchange (RFC 7636), which Qt 6.4's OAuth 2 flow lacks: a fresh random verifier per
// sign-in, and its S256 challenge sent with the authorization request.
struct Pkce {
    // 43 characters of base64url (32 random bytes from the system's generator).
    static QByteArray makeVerifier();
    // base64url(SHA-256(verifier)), without padding.
    static QByteArray challengeS256(const QByteArray& verifier);
};

} // namespace vitrine
