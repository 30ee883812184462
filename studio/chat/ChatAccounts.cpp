#include "chat/ChatAccounts.h"

#include "auth/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSettings>

#include <algorithm>

namespace vitrine {
namespace {

// A platform whose tokens live less than the margin is not asked for a new one more often than this.
constexpr qint64 kLeastRenewalGapMs = 30 * 1000;
constexpr int kRetryMs = 60 * 1000;
// Twitch asks applications to validate their tokens every hour; the others are checked as often, cheaply.
constexpr int kRecheckMs = 60 * 60 * 1000;
constexpr qint64 kLongestTimerMs = 24LL * 60 * 60 * 1000;
constexpr int kCheckTimeoutMs = 20'000;

} // namespace

bool ChatAccountIdentity::parse(ChatPlatform platform, const QByteArray& json, ChatAccountIdentity* identity,
                                QString* error)
{
    *identity = {};
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    switch (platform) {
    case ChatPlatform::Twitch:
        identity->name = object.value(QLatin1String("login")).toString();
        identity->id = object.value(QLatin1String("user_id")).toString();
        for (const QJsonValue& scope : object.value(QLatin1String("scopes")).toArray())
            identity->scopes << scope.toString();
        if (identity->name.isEmpty() || identity->id.isEmpty())
            return fail(ChatAccounts::tr("Twitch’s answer names no account"));
        return true;
    case ChatPlatform::YouTube: {
        const QJsonObject channel = object.value(QLatin1String("items")).toArray().at(0).toObject();
        identity->id = channel.value(QLatin1String("id")).toString();
        identity->name =
            channel.value(QLatin1String("snippet")).toObject().value(QLatin1String("title")).toString();
        if (!document.isObject() || !object.value(QLatin1String("items")).isArray())
            return fail(ChatAccounts::tr("YouTube’s answer is not a channel list"));
        if (identity->id.isEmpty())
            return fail(ChatAccounts::tr("this Google account has no YouTube channel"));
        if (identity->name.isEmpty())
            identity->name = identity->id;
        return true;
    }
    case ChatPlatform::Facebook: {
        identity->id = object.value(QLatin1String("id")).toString();
        identity->name = object.value(QLatin1String("name")).toString();
        if (identity->id.isEmpty())
            return fail(ChatAccounts::tr("Facebook’s answer names no account"));
        const QJsonArray pages =
            object.value(QLatin1String("accounts")).toObject().value(QLatin1String("data")).toArray();
        for (const QJsonValue& value : pages) {
            const QJsonObject page = value.toObject();
            if (!page.value(QLatin1String("access_token")).toString().isEmpty()) {
                identity->pageName = page.value(QLatin1String("name")).toString();
                identity->pageToken = page.value(QLatin1String("access_token")).toString();
                break;
            }
        }
        if (identity->name.isEmpty())
            identity->name = identity->id;
        return true;
    }
    case ChatPlatform::Custom:
        break;
    }
    return fail(ChatAccounts::tr("custom feeds have no accounts"));
}

struct ChatAccounts::Entry {
    ChatPlatform platform = ChatPlatform::Twitch;
    OAuthConfig config;
    std::unique_ptr<OAuthAccount> account;
    Status status;
    OAuthTokens tokens;
    ChatAccountIdentity identity;
    QString appliedId; // the identity the chats were last told about (empty: none)
    QTimer renewal;    // renews the token before it expires
    QTimer recheck;    // asks the platform again whom the token is for
    QPointer<QNetworkReply> check;
    QDateTime lastRenewal;
    bool renewing = false;
    bool retriedAfterRefusal = false;

    QString platformName() const { return chatPlatformInfo(platform).name(); }
};

const QList<ChatPlatform>& ChatAccounts::platforms()
{
    static const QList<ChatPlatform> list{ChatPlatform::Twitch, ChatPlatform::YouTube,
                                          ChatPlatform::Facebook};
    return list;
}

QHash<ChatPlatform, OAuthConfig> ChatAccounts::configsFromSettings()
{
    QSettings settings;
    QHash<ChatPlatform, OAuthConfig> configs;
    for (ChatPlatform platform : platforms())
        configs.insert(platform, OAuthConfig::fromSettings(settings, chatPlatformKey(platform)));
    return configs;
}

ChatAccounts::ChatAccounts(const QHash<ChatPlatform, OAuthConfig>& configs, TokenStore* store,
                           QObject* parent)
    : QObject(parent), m_store(store)
{
    for (ChatPlatform platform : platforms()) {
        auto shared = std::make_shared<Entry>();
        Entry& e = *shared;
        e.platform = platform;
        e.config = configs.value(platform, OAuthConfig::builtIn(chatPlatformKey(platform)));
        e.renewal.setSingleShot(true);
        e.recheck.setSingleShot(true);
        m_entries.insert(platform, shared);
        QString why;
        if (!e.config.isUsable(&why)) {
            if (e.config.clientId.isEmpty())
                why = tr("Not set up in this build: the studio’s %1 application id is missing (setting "
                         "oauth/%2/clientId).")
                          .arg(e.platformName(), chatPlatformKey(platform));
            e.status = {State::NotSetUp, {}, why};
            continue;
        }
        e.account = std::make_unique<OAuthAccount>(e.config, QString::fromLatin1(kKeychainAccount), store);
        OAuthAccount* account = e.account.get();
        connect(account->signInFlow(), &OAuthSignIn::authorizeUrlReady, this,
                &ChatAccounts::authorizeUrlReady);
        connect(account, &OAuthAccount::tokensReady, this,
                [this, &e](const OAuthTokens& tokens) { onTokens(e, tokens); });
        connect(account, &OAuthAccount::notSignedIn, this, [this, &e] { setStatus(e, State::SignedOut); });
        connect(account, &OAuthAccount::keychainUnavailable, this,
                [this, &e](const QString& message) { setStatus(e, State::NoKeychain, {}, message); });
        connect(account, &OAuthAccount::failed, this,
                [this, &e](const QString& message) { onFailed(e, message); });
        connect(account, &OAuthAccount::signedOut, this, [this, &e] {
            e.tokens = {};
            e.identity = {};
            setStatus(e, State::SignedOut);
            if (!std::exchange(e.appliedId, {}).isEmpty())
                Q_EMIT accountChanged(e.platform);
        });
        connect(&e.renewal, &QTimer::timeout, this, [this, &e] { scheduleRenewal(e); });
        connect(&e.recheck, &QTimer::timeout, this, [this, &e] { verify(e); });
    }
}

ChatAccounts::~ChatAccounts()
{
    for (const auto& e : std::as_const(m_entries))
        if (e->check)
            e->check->abort();
}

ChatAccounts::Entry* ChatAccounts::entry(ChatPlatform platform) const
{
    return m_entries.value(platform).get();
}

ChatAccounts::Status ChatAccounts::status(ChatPlatform platform) const
{
    const Entry* e = entry(platform);
    return e ? e->status : Status{State::NotSetUp, {}, tr("custom feeds have no accounts")};
}

QString ChatAccounts::describe(ChatPlatform platform) const
{
    const Entry* e = entry(platform);
    const Status s = status(platform);
    switch (s.state) {
    case State::SignedOut:
        return s.message.isEmpty() ? tr("Not signed in.") : s.message;
    case State::Loading:
        return tr("Checking the saved sign-in…");
    case State::SigningIn:
        return tr("Waiting for you to sign in in the browser…");
    case State::SignedIn:
        if (e && !e->identity.pageName.isEmpty())
            return tr("Signed in as %1, reading the page %2.").arg(s.name, e->identity.pageName);
        if (e && e->platform == ChatPlatform::Facebook)
            return tr("Signed in as %1, but you manage no Facebook page: a page’s lives need one.")
                .arg(s.name);
        return tr("Signed in as %1.").arg(s.name);
    case State::NotSetUp:
    case State::Expired:
    case State::NoKeychain:
    case State::Unverified:
        break;
    }
    return s.message;
}

bool ChatAccounts::hasToken(ChatPlatform platform) const
{
    const Entry* e = entry(platform);
    return e && !e->tokens.accessToken.isEmpty() &&
           (e->status.state == State::SignedIn || e->status.state == State::Unverified);
}

bool ChatAccounts::isSettled() const
{
    return std::none_of(m_entries.cbegin(), m_entries.cend(),
                        [](const auto& e) { return e->status.state == State::Loading; });
}

void ChatAccounts::setStatus(Entry& e, State state, const QString& name, const QString& message)
{
    const bool wasLoading = e.status.state == State::Loading;
    e.status = {state, name, message};
    Q_EMIT statusChanged(e.platform);
    if (wasLoading && state != State::Loading && isSettled())
        Q_EMIT settled();
}

void ChatAccounts::load()
{
    bool any = false;
    for (const auto& e : std::as_const(m_entries)) {
        if (!e->account)
            continue;
        any = true;
        e->status = {State::Loading, {}, {}};
        Q_EMIT statusChanged(e->platform);
    }
    if (!any) {
        Q_EMIT settled();
        return;
    }
    for (const auto& e : std::as_const(m_entries))
        if (e->account)
            e->account->load();
}

bool ChatAccounts::signIn(ChatPlatform platform, QString* error)
{
    Entry* e = entry(platform);
    if (!e || !e->account) {
        if (error)
            *error = status(platform).message;
        return false;
    }
    e->renewing = false;
    e->retriedAfterRefusal = false;
    if (!e->account->signIn(error))
        return false;
    setStatus(*e, State::SigningIn);
    return true;
}

void ChatAccounts::signOut(ChatPlatform platform)
{
    Entry* e = entry(platform);
    if (!e || !e->account)
        return;
    e->renewal.stop();
    e->recheck.stop();
    if (e->check)
        e->check->abort();
    e->account->signOut();
}

void ChatAccounts::onTokens(Entry& e, const OAuthTokens& tokens)
{
    e.tokens = tokens;
    e.renewing = false;
    verify(e);
}

void ChatAccounts::verify(Entry& e)
{
    if (e.tokens.accessToken.isEmpty())
        return;
    if (e.config.userInfoUrl.isEmpty()) { // nothing to ask: trust the token
        e.identity = {};
        e.identity.name = e.identity.id = e.platform == ChatPlatform::Twitch ? QString() : e.platformName();
        setStatus(e, State::SignedIn, e.identity.name);
        scheduleRenewal(e);
        return;
    }
    QNetworkRequest request(e.config.userInfoUrl);
    request.setTransferTimeout(kCheckTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    // Twitch's validate endpoint takes its own scheme; the Data and Graph APIs take a bearer token.
    request.setRawHeader("Authorization", (e.platform == ChatPlatform::Twitch ? "OAuth " : "Bearer ") +
                                              e.tokens.accessToken.toUtf8());
    if (e.check)
        e.check->abort();
    QNetworkReply* reply = m_network.get(request);
    e.check = reply;
    connect(reply, &QNetworkReply::finished, this, [this, &e, reply] {
        reply->deleteLater();
        if (e.check == reply)
            onVerified(e, reply);
    });
}

void ChatAccounts::onVerified(Entry& e, QNetworkReply* reply)
{
    e.check = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return;
    if (status == 401 ||
        (e.platform == ChatPlatform::Facebook && status == 400 && body.contains("OAuthException"))) {
        if (!e.retriedAfterRefusal && !e.tokens.refreshToken.isEmpty()) {
            e.retriedAfterRefusal = true; // once: a refused fresh token is not retried for ever
            e.renewing = true;
            e.account->refresh(e.tokens);
            return;
        }
        e.tokens = {};
        setStatus(e, State::Expired, {},
                  tr("The %1 sign-in has expired or was revoked; sign in again.").arg(e.platformName()));
        if (!std::exchange(e.appliedId, {}).isEmpty())
            Q_EMIT accountChanged(e.platform);
        return;
    }
    ChatAccountIdentity identity;
    QString error;
    if (reply->error() != QNetworkReply::NoError || status != 200 ||
        !ChatAccountIdentity::parse(e.platform, body, &identity, &error)) {
        if (error.isEmpty())
            error = status ? tr("HTTP %1").arg(status) : reply->errorString();
        // The token may well be good (the studio is offline): the chats use it, and it is checked again.
        setStatus(
            e, State::Unverified, e.identity.name,
            tr("Could not check the %1 sign-in (%2); the chats use it anyway.").arg(e.platformName(), error));
        e.recheck.start(kRetryMs);
        if (e.appliedId.isEmpty()) {
            e.appliedId = QStringLiteral("?");
            Q_EMIT accountChanged(e.platform);
        }
        return;
    }
    e.retriedAfterRefusal = false;
    e.identity = identity;
    setStatus(e, State::SignedIn, identity.name);
    scheduleRenewal(e);
    e.recheck.start(kRecheckMs);
    if (std::exchange(e.appliedId, identity.id) != identity.id) {
        Q_EMIT accountChanged(e.platform);
        return;
    }
    const QString chatToken = identity.pageToken.isEmpty() ? e.tokens.accessToken : identity.pageToken;
    Q_EMIT tokenRenewed(e.platform, chatToken);
}

void ChatAccounts::onFailed(Entry& e, const QString& message)
{
    switch (e.status.state) {
    case State::NoKeychain:
        return; // already said, for good
    case State::SigningIn:
        setStatus(e, State::SignedOut, {}, message);
        return;
    case State::Loading:
        // The keychain could not be read (no service to talk to, or denied), or the saved sign-in could not
        // be renewed.
        switch (m_store->lastFailure()) {
        case TokenStore::Failure::None:
            setStatus(e, State::Expired, {}, message);
            break;
        case TokenStore::Failure::AccessDenied:
            setStatus(e, State::SignedOut, {}, message);
            break;
        case TokenStore::Failure::NoKeychain:
        case TokenStore::Failure::Other:
            setStatus(e, State::NoKeychain, {}, message);
            break;
        }
        return;
    default:
        break;
    }
    if (!e.renewing) {
        setStatus(e, e.status.state, e.status.name, message);
        return;
    }
    e.renewing = false;
    if (!e.tokens.isExpired() && !e.tokens.accessToken.isEmpty()) {
        // Still valid for a while: keep it and try again.
        setStatus(e, e.status.state, e.status.name, message);
        e.renewal.start(kRetryMs);
        return;
    }
    e.tokens = {};
    setStatus(e, State::Expired, {}, message);
    if (!std::exchange(e.appliedId, {}).isEmpty())
        Q_EMIT accountChanged(e.platform);
}

void ChatAccounts::scheduleRenewal(Entry& e)
{
    e.renewal.stop();
    if (!e.tokens.expiresAt.isValid() || e.tokens.accessToken.isEmpty())
        return; // no lifetime given: it lasts until revoked
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 dueInMs = (now.secsTo(e.tokens.expiresAt) - m_renewalMarginSecs) * 1000;
    if (e.lastRenewal.isValid() && !e.tokens.refreshToken.isEmpty())
        dueInMs = std::max(dueInMs, kLeastRenewalGapMs - e.lastRenewal.msecsTo(now));
    if (dueInMs > 0) {
        e.renewal.start(static_cast<int>(std::min(dueInMs, kLongestTimerMs)));
        return;
    }
    if (e.tokens.refreshToken.isEmpty()) {
        if (!e.tokens.isExpired()) {
            e.renewal.start(kRetryMs);
            return;
        }
        // Facebook gives no refresh token: when its long-lived token ends, the producer signs in again.
        e.tokens = {};
        setStatus(e, State::Expired, {},
                  tr("The %1 sign-in has expired; sign in again.").arg(e.platformName()));
        if (!std::exchange(e.appliedId, {}).isEmpty())
            Q_EMIT accountChanged(e.platform);
        return;
    }
    e.renewing = true;
    e.lastRenewal = now;
    e.account->refresh(e.tokens);
}

ChatCredentials ChatAccounts::applyTo(ChatCredentials base) const
{
    if (hasToken(ChatPlatform::Twitch)) {
        const Entry* e = entry(ChatPlatform::Twitch);
        base.twitchToken = e->tokens.accessToken;
        if (!e->identity.name.isEmpty())
            base.twitchLogin = e->identity.name;
        base.twitchClientId = e->config.clientId;
    }
    if (hasToken(ChatPlatform::YouTube))
        base.youtubeToken = entry(ChatPlatform::YouTube)->tokens.accessToken;
    if (hasToken(ChatPlatform::Facebook)) {
        const Entry* e = entry(ChatPlatform::Facebook);
        base.facebookToken = e->identity.pageToken.isEmpty() ? e->tokens.accessToken : e->identity.pageToken;
    }
    return base;
}

QString ChatAccounts::ownChat(ChatPlatform platform) const
{
    if (!hasToken(platform))
        return {};
    switch (platform) {
    case ChatPlatform::Twitch: {
        const QString login = entry(platform)->identity.name;
        return login.isEmpty() ? QString() : QStringLiteral("twitch:") + login.toLower();
    }
    case ChatPlatform::YouTube:
        return QStringLiteral("youtube:mine");
    case ChatPlatform::Facebook:
    case ChatPlatform::Custom:
        break;
    }
    return {};
}

} // namespace vitrine
