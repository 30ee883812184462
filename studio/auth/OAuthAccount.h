#pragma once

#include "auth/OAuthSignIn.h"
#include "auth/TokenStore.h"

#include <QObject>
#include <QString>

namespace vitrine {

// One signed-in account on one platform, kept in the keychain: sign in once (browser), then every start loads
// the tokens from the keychain and refreshes them when expired, saving the new pair. What a connector needs
// is the access token from tokensReady; when that is impossible, failed says what to do.
class OAuthAccount : public QObject {
    Q_OBJECT
public:
    OAuthAccount(const OAuthConfig& config, const QString& account, TokenStore* store,
                 QObject* parent = nullptr);

    QString account() const { return m_account; }
    OAuthSignIn* signInFlow() { return &m_signIn; } // its authorizeUrlReady is what the app opens

    // Opens the browser sign-in (through authorizeUrlReady); the tokens are saved, then tokensReady.
    bool signIn(QString* error);
    // Tokens from the keychain, refreshed first when expired; tokensReady, notSignedIn or failed.
    void load();
    // A new pair from the refresh token now (before the access token expires); tokensReady or failed.
    void refresh(const OAuthTokens& current) { m_signIn.refresh(current.refreshToken); }
    void signOut();

Q_SIGNALS:
    void tokensReady(const vitrine::OAuthTokens& tokens);
    void failed(const QString& message);
    // Emitted before failed() when the reason is that there is no system keychain at all.
    void keychainUnavailable(const QString& message);
    void signedOut();
    // load() found no sign-in in the keychain for this account.
    void notSignedIn();

private:
    void save(const OAuthTokens& tokens);
    void storeFailed(const QString& message);

    OAuthSignIn m_signIn;
    QString m_account;
    TokenStore* m_store;
};

} // namespace vitrine
