#include "auth/OAuthAccount.h"

namespace vitrine {

OAuthAccount::OAuthAccount(const OAuthConfig& config, const QString& account, TokenStore* store,
                           QObject* parent)
    : QObject(parent), m_signIn(config), m_account(account), m_store(store)
{
    connect(&m_signIn, &OAuthSignIn::signedIn, this, &OAuthAccount::save);
    connect(&m_signIn, &OAuthSignIn::refreshed, this, &OAuthAccount::save);
    connect(&m_signIn, &OAuthSignIn::failed, this, &OAuthAccount::failed);
}

bool OAuthAccount::signIn(QString* error)
{
    return m_signIn.start(error);
}

void OAuthAccount::save(const OAuthTokens& tokens)
{
    m_store->write(m_signIn.config().platform, m_account, QString::fromUtf8(tokens.toJson()),
                   [this, tokens](bool ok, const QString& error) {
                       if (!ok) {
                           storeFailed(error);
                           return;
                       }
                       Q_EMIT tokensReady(tokens);
                   });
}

void OAuthAccount::load()
{
    m_store->read(
        m_signIn.config().platform, m_account, [this](std::optional<QString> secret, const QString& error) {
            if (!error.isEmpty()) {
                storeFailed(error);
                return;
            }
            const OAuthTokens tokens = secret ? OAuthTokens::fromJson(secret->toUtf8()) : OAuthTokens();
            if (tokens.accessToken.isEmpty()) {
                Q_EMIT notSignedIn();
                return;
            }
            if (tokens.isExpired()) {
                m_signIn.refresh(tokens.refreshToken); // refreshed → saved → tokensReady
                return;
            }
            Q_EMIT tokensReady(tokens);
        });
}

void OAuthAccount::signOut()
{
    m_store->remove(m_signIn.config().platform, m_account, [this](bool ok, const QString& error) {
        if (ok)
            Q_EMIT signedOut();
        else
            storeFailed(error);
    });
}

void OAuthAccount::storeFailed(const QString& message)
{
    if (m_store->lastFailure() == TokenStore::Failure::NoKeychain)
        Q_EMIT keychainUnavailable(message);
    Q_EMIT failed(message);
}

} // namespace vitrine
