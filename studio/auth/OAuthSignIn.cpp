#include "auth/OAuthSignIn.h"

#include "auth/Pkce.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace vitrine {

namespace {
constexpr int kRefreshTimeoutMs = 20'000;

// Qt 6.4 only logs a refused code exchange; this handler reports it so the sign-in can say so.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler {
public:
    LoopbackReplyHandler(QObject* parent, std::function<void(const QString&)> onTokenError)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent),
          m_onTokenError(std::move(onTokenError))
    {
    }

    void networkReplyFinished(QNetworkReply* reply) override
    {
        if (reply->error() != QNetworkReply::NoError) {
            const QJsonObject body = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
            const QString serverError = body.value(QStringLiteral("error")).toString();
            m_onTokenError(serverError.isEmpty() ? reply->errorString() : serverError);
            return;
        }
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
    }

private:
    std::function<void(const QString&)> m_onTokenError;
};

OAuthTokens tokensFromReply(const QJsonObject& object, const QString& previousRefresh)
{
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString(previousRefresh);
    tokens.scope = object.value(QStringLiteral("scope")).toVariant().toString();
    const int expiresIn = object.value(QStringLiteral("expires_in")).toInt(-1);
    if (expiresIn > 0)
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return tokens;
}
} // namespace

QByteArray OAuthTokens::toJson() const
{
    QJsonObject object{{QStringLiteral("access_token"), accessToken},
                       {QStringLiteral("refresh_token"), refreshToken},
                       {QStringLiteral("scope"), scope}};
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

OAuthTokens OAuthTokens::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    tokens.scope = object.value(QStringLiteral("scope")).toString();
    tokens.expiresAt =
        QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    return tokens;
}

OAuthSignIn::OAuthSignIn(const OAuthConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_network(new QNetworkAccessManager(this))
{
}

OAuthSignIn::~OAuthSignIn() = default;

bool OAuthSignIn::start(QString* error)
{
    if (!m_config.isUsable(error))
        return false;
    delete m_flow;
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_replyHandler = new LoopbackReplyHandler(
        m_flow, [this](const QString& reason) { onFlowError(tr("the code was refused"), reason); });
    if (!m_replyHandler->isListening()) {
        if (error)
            *error =
                tr("Cannot open a local port for the %1 sign-in to come back to.").arg(m_config.platform);
        return false;
    }
    m_done = false;
    m_verifier = Pkce::makeVerifier();
    m_flow->setNetworkAccessManager(m_network);
    m_flow->setReplyHandler(m_replyHandler);
    m_flow->setClientIdentifier(m_config.clientId);
    if (!m_config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    m_flow->setAuthorizationUrl(m_config.authorizationUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setScope(m_config.scope);
    m_flow->setModifyParametersFunction(
        [verifier = m_verifier](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->replace(QStringLiteral("code_challenge"), Pkce::challengeS256(verifier));
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->replace(QStringLiteral("code_verifier"), verifier);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::authorizeUrlReady);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthSignIn::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString& code, const QString& description, const QUrl&) {
                onFlowError(code, description);
            });
    connect(m_flow, &QAbstractOAuth::requestFailed, this,
            [this](QAbstractOAuth::Error) { onFlowError(tr("the server refused the request"), {}); });
    m_flow->grant();
    return true;
}

QUrl OAuthSignIn::redirectUrl() const
{
    return m_replyHandler ? QUrl(m_replyHandler->callback()) : QUrl();
}

void OAuthSignIn::onGranted()
{
    if (m_done)
        return;
    m_done = true;
    OAuthTokens tokens;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.expiresAt = m_flow->expirationAt().toUTC();
    tokens.scope = m_flow->scope();
    m_replyHandler->close(); // the loopback port is only open for the sign-in
    Q_EMIT signedIn(tokens);
}

void OAuthSignIn::onFlowError(const QString& error, const QString& description)
{
    if (m_done)
        return;
    m_done = true;
    if (m_replyHandler)
        m_replyHandler->close();
    const QString detail = description.isEmpty() ? error : error + QStringLiteral(": ") + description;
    Q_EMIT failed(tr("Sign-in to %1 failed (%2). Try again.").arg(m_config.platform, detail));
}

void OAuthSignIn::refresh(const QString& refreshToken)
{
    QString error;
    if (!m_config.isUsable(&error)) {
        Q_EMIT failed(error);
        return;
    }
    if (refreshToken.isEmpty()) {
        Q_EMIT failed(tr("The %1 sign-in has expired; sign in again.").arg(m_config.platform));
        return;
    }
    QNetworkRequest request(m_config.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kRefreshTimeoutMs);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    if (!m_config.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), m_config.clientSecret);
    QNetworkReply* reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, refreshToken] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString accessToken = body.value(QStringLiteral("access_token")).toString();
        if (reply->error() == QNetworkReply::NoError && !accessToken.isEmpty()) {
            Q_EMIT refreshed(tokensFromReply(body, refreshToken));
            return;
        }
        const QString serverError = body.value(QStringLiteral("error")).toString();
        if (serverError == QLatin1String("invalid_grant") || serverError == QLatin1String("invalid_token") ||
            serverError == QLatin1String("unauthorized_client")) {
            Q_EMIT failed(
                tr("%1 refused the saved sign-in (%2); sign in again.").arg(m_config.platform, serverError));
        } else {
            Q_EMIT failed(
                tr("Could not renew the %1 sign-in: %2. The chat keeps trying; sign in again if it "
                   "persists.")
                    .arg(m_config.platform, serverError.isEmpty() ? reply->errorString() : serverError));
        }
    });
}

} // namespace vitrine
