#pragma once

#include "auth/OAuthConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace vitrine {

// What a sign-in yields; stored as JSON in the keychain (TokenStore), never in a file.
struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the server gave no lifetime
    QString scope;

    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && now.secsTo(expiresAt) < 60; // a minute early, not a second late
    }
    QByteArray toJson() const;
    static OAuthTokens fromJson(const QByteArray& json);
};

// An OAuth 2 authorization-code sign-in with a loopback redirect (RFC 8252): Qt's flow listens on
// 127.0.0.1 at a port the system picks, the browser comes back there with the code, and PKCE S256 (added
// here: Qt 6.4 lacks it) proves the code is redeemed by the process that asked for it. Refreshes go to the
// token endpoint directly, so a refused refresh token becomes a clear "sign in again".
class OAuthSignIn : public QObject {
    Q_OBJECT
public:
    explicit OAuthSignIn(const OAuthConfig& config, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    const OAuthConfig& config() const { return m_config; }

    // Opens the loopback listener and emits authorizeUrlReady with the page to open in the browser. False
    // with a message when the settings are incomplete or no loopback port could be opened.
    bool start(QString* error);
    // The redirect the browser returns to (valid after start()).
    QUrl redirectUrl() const;

    void refresh(const QString& refreshToken);

Q_SIGNALS:
    // The app opens it with QDesktopServices::openUrl (the core never opens windows).
    void authorizeUrlReady(const QUrl& url);
    void signedIn(const vitrine::OAuthTokens& tokens);
    void refreshed(const vitrine::OAuthTokens& tokens);
    // Translated and actionable.
    void failed(const QString& message);

private:
    void onGranted();
    void onFlowError(const QString& error, const QString& description);

    OAuthConfig m_config;
    QByteArray m_verifier;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QOAuthHttpServerReplyHandler* m_replyHandler = nullptr;
    QNetworkAccessManager* m_network;
    bool m_done = false;
};

} // namespace vitrine

Q_DECLARE_METATYPE(vitrine::OAuthTokens)
