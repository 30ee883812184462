#include "chat/ChatConnectorFactory.h"

#include "chat/ChatUrl.h"
#include "chat/CustomConnector.h"
#include "chat/FacebookConnector.h"
#include "chat/TwitchConnector.h"
#include "chat/YouTubeConnector.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::ChatConnectorFactory", text);
}

} // namespace

bool ChatSpec::parse(const QString& text, ChatSpec* result, QString* error)
{
    // A pasted address (twitch.tv/…, youtube.com/…, facebook.com/…) reads as the spec it stands for.
    if (ChatUrl::looksLikeUrl(text))
        return ChatUrl::parse(text, result, error);
    *result = ChatSpec();
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString spec = text.trimmed();
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(tr("chat “%1” should read PLATFORM:TARGET[@ENDPOINT], e.g. twitch:channel").arg(spec));
    const QString platformKey = spec.left(colon).toLower();
    if (!chatPlatformFromKey(platformKey, &result->platform))
        return fail(tr("chat “%1”: unknown platform “%2” (twitch, youtube, facebook or custom)")
                        .arg(spec, spec.left(colon)));
    const QString rest = spec.mid(colon + 1);
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    result->target = (at < 0 ? rest : rest.left(at)).trimmed();
    const QString endpoint = at < 0 ? QString() : rest.mid(at + 1).trimmed();

    static const QRegularExpression twitchChannel(QStringLiteral("^#?[A-Za-z0-9_]{1,25}$"));
    static const QRegularExpression apiId(QStringLiteral("^[A-Za-z0-9_\\-.=]{1,200}$"));
    switch (result->platform) {
    case ChatPlatform::Twitch:
        if (!twitchChannel.match(result->target).hasMatch())
            return fail(tr("chat “%1”: “%2” is not a Twitch channel name (letters, digits and _, up to 25)")
                            .arg(spec, result->target));
        if (result->target.startsWith(QLatin1Char('#')))
            result->target.remove(0, 1);
        result->target = result->target.toLower();
        break;
    case ChatPlatform::YouTube:
    case ChatPlatform::Facebook:
    case ChatPlatform::Custom:
        if (!apiId.match(result->target).hasMatch())
            return fail(tr("chat “%1”: “%2” is not a valid %3 id").arg(spec, result->target, platformKey));
        break;
    }

    const bool webSocket =
        result->platform == ChatPlatform::Twitch || result->platform == ChatPlatform::Custom;
    if (endpoint.isEmpty() && at >= 0)
        return fail(tr("chat “%1”: nothing after “@”; give an endpoint URL or leave “@” out").arg(spec));
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool schemeOk = webSocket
                                  ? (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"))
                                  : (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
        if (!url.isValid() || url.host().isEmpty() || !schemeOk)
            return fail(tr("chat “%1”: the endpoint “%2” is not a %3 URL")
                            .arg(spec, endpoint,
                                 webSocket ? QStringLiteral("ws:// or wss://")
                                           : QStringLiteral("http:// or https://")));
        result->endpoint = url;
    } else if (result->platform == ChatPlatform::Custom) {
        return fail(tr("chat “%1”: a custom feed needs its endpoint, e.g. custom:%2@ws://HOST:PORT/PATH")
                        .arg(spec, result->target));
    }
    return true;
}

QString ChatSpec::toString() const
{
    return chatPlatformKey(platform) + u':' + target;
}

ChatCredentials ChatCredentials::fromEnvironment()
{
    ChatCredentials credentials;
    credentials.twitchToken = qEnvironmentVariable("VITRINE_TWITCH_TOKEN").trimmed();
    credentials.twitchLogin = qEnvironmentVariable("VITRINE_TWITCH_LOGIN").trimmed();
    credentials.twitchClientId = qEnvironmentVariable("VITRINE_TWITCH_CLIENT_ID").trimmed();
    credentials.youtubeToken = qEnvironmentVariable("VITRINE_YOUTUBE_TOKEN").trimmed();
    credentials.youtubeApiKey = qEnvironmentVariable("VITRINE_YOUTUBE_API_KEY").trimmed();
    credentials.facebookToken = qEnvironmentVariable("VITRINE_FACEBOOK_TOKEN").trimmed();
    return credentials;
}

QStringList ChatCredentials::secrets() const
{
    QStringList result;
    for (const QString& secret : {twitchToken, youtubeToken, youtubeApiKey, facebookToken})
        if (!secret.isEmpty())
            result << secret;
    return result;
}

ChatConnector* createChatConnector(const ChatSpec& spec, const ChatCredentials& credentials, QObject* parent,
                                   QString* error)
{
    auto endpointOr = [&spec](const QUrl& fallback) {
        return spec.endpoint.isEmpty() ? fallback : spec.endpoint;
    };
    switch (spec.platform) {
    case ChatPlatform::Twitch: {
        auto* twitch = new TwitchConnector(spec.target, credentials.twitchToken, credentials.twitchLogin,
                                           endpointOr(TwitchConnector::defaultEndpoint()), parent);
        twitch->setHelix(credentials.twitchClientId);
        // A given endpoint is a server speaking IRC (a local one in tests): the chat is read there.
        if (!spec.endpoint.isEmpty())
            twitch->setEventSubEndpoint({});
        return twitch;
    }
    case ChatPlatform::YouTube:
        if (credentials.youtubeApiKey.isEmpty() && credentials.youtubeToken.isEmpty()) {
            if (error)
                *error = tr("chat %1: YouTube needs an API key or a token (set VITRINE_YOUTUBE_API_KEY or "
                            "VITRINE_YOUTUBE_TOKEN)")
                             .arg(spec.toString());
            return nullptr;
        }
        return new YouTubeConnector(spec.target, credentials.youtubeApiKey, credentials.youtubeToken,
                                    endpointOr(YouTubeConnector::defaultEndpoint()), parent);
    case ChatPlatform::Facebook: {
        if (credentials.facebookToken.isEmpty()) {
            if (error)
                *error = tr("chat %1: Facebook needs a page access token (set VITRINE_FACEBOOK_TOKEN)")
                             .arg(spec.toString());
            return nullptr;
        }
        auto* facebook = new FacebookConnector(spec.target, credentials.facebookToken,
                                               endpointOr(FacebookConnector::defaultEndpoint()), parent);
        // A given endpoint (a local server) speaks the Graph API's writes too.
        if (!spec.endpoint.isEmpty())
            facebook->setGraphEndpoint(spec.endpoint);
        return facebook;
    }
    case ChatPlatform::Custom:
        return new CustomConnector(spec.target, spec.endpoint, parent);
    }
    return nullptr;
}

} // namespace vitrine
