#pragma once

#include "auth/OAuthAccount.h"
#include "chat/ChatConnectorFactory.h"
#include "chat/ChatMessage.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkReply;

namespace vitrine {

class TokenStore;

// Who a token belongs to, as the platform says: Twitch's validate endpoint, YouTube's channels?mine=true,
// Facebook's /me with the pages the user manages (a page's live comments are read with the page's token).
struct ChatAccountIdentity {
    QString name;      // Twitch login, YouTube channel title, Facebook user name
    QString id;        // Twitch user id, YouTube channel id, Facebook user id
    QString pageName;  // Facebook: the first page the user manages
    QString pageToken; // Facebook: that page's token
    QStringList scopes;

    // False with a translated reason when the body is not the expected answer.
    static bool parse(ChatPlatform platform, const QByteArray& json, ChatAccountIdentity* identity,
                      QString* error);
};

// The producer's accounts on Twitch, YouTube and Facebook, for the window's chats: signed in once through the
// browser (OAuth 2 + PKCE, studio/auth), the tokens kept in the system keychain, checked against the platform
// at every start, renewed five minutes before they expire, and signed out on request. Each account has a
// state the window shows ("signed in as …", expired, no keychain, not set up). The headless runner does not
// use this: its tokens come from the environment.
class ChatAccounts : public QObject {
    Q_OBJECT
public:
    enum class State { NotSetUp, SignedOut, Loading, SigningIn, SignedIn, Expired, NoKeychain, Unverified };
    Q_ENUM(State)
    struct Status {
        State state = State::SignedOut;
        QString name;    // whom the token is for, once known
        QString message; // translated: why it is not set up, expired, unverified…
    };

    static constexpr auto kKeychainAccount = "studio";
    static const QList<ChatPlatform>& platforms(); // Twitch, YouTube, Facebook

    // The configurations from the user's settings (OAuthConfig::fromSettings), one per platform.
    static QHash<ChatPlatform, OAuthConfig> configsFromSettings();

    ChatAccounts(const QHash<ChatPlatform, OAuthConfig>& configs, TokenStore* store,
                 QObject* parent = nullptr);
    ~ChatAccounts() override;

    Status status(ChatPlatform platform) const;
    // A one-line description of status() for the window ("Signed in as maisonmoulin").
    QString describe(ChatPlatform platform) const;
    bool hasToken(ChatPlatform platform) const;
    // How long before its expiry a token is renewed (five minutes; tests shorten it).
    void setRenewalMargin(int seconds) { m_renewalMarginSecs = seconds; }
    // No account is still being read from the keychain or checked with its platform.
    bool isSettled() const;

    // Reads every configured account from the keychain and checks it with its platform.
    void load();
    // Opens the browser (authorizeUrlReady); false with a translated reason when it cannot start.
    bool signIn(ChatPlatform platform, QString* error);
    void signOut(ChatPlatform platform);

    // The signed-in accounts' tokens over `base` (the environment's): what the window's connectors use.
    ChatCredentials applyTo(ChatCredentials base) const;
    // The chat of the signed-in account's own channel as a spec ("twitch:login", "youtube:mine"), empty when
    // there is none (Facebook lives have their own address).
    QString ownChat(ChatPlatform platform) const;

Q_SIGNALS:
    void authorizeUrlReady(const QUrl& url);
    // load() is over: every account is signed in, out, expired… (the chats can connect once, with them).
    void settled();
    void statusChanged(vitrine::ChatPlatform platform);
    // Signed in, out, or as someone else: the chats should reconnect with the new credentials.
    void accountChanged(vitrine::ChatPlatform platform);
    // Same account, renewed token: connectors take it without reconnecting (ChatConnector::setAccessToken).
    void tokenRenewed(vitrine::ChatPlatform platform, const QString& token);

private:
    struct Entry;
    Entry* entry(ChatPlatform platform) const;
    void setStatus(Entry& entry, State state, const QString& name = {}, const QString& message = {});
    void onTokens(Entry& entry, const OAuthTokens& tokens);
    void verify(Entry& entry);
    void onVerified(Entry& entry, QNetworkReply* reply);
    void onFailed(Entry& entry, const QString& message);
    void scheduleRenewal(Entry& entry);

    QHash<ChatPlatform, std::shared_ptr<Entry>> m_entries;
    TokenStore* m_store;
    int m_renewalMarginSecs = 5 * 60;
    QNetworkAccessManager m_network;
};

} // namespace vitrine
