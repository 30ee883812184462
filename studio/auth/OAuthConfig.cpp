#include "auth/OAuthConfig.h"

#include <QCoreApplication>
#include <QSettings>

#ifndef VITRINE_OAUTH_TWITCH_CLIENT_ID
#define VITRINE_OAUTH_TWITCH_CLIENT_ID ""
#endif
#ifndef VITRINE_OAUTH_TWITCH_CLIENT_SECRET
#define VITRINE_OAUTH_TWITCH_CLIENT_SECRET ""
#endif
#ifndef VITRINE_OAUTH_YOUTUBE_CLIENT_ID
#define VITRINE_OAUTH_YOUTUBE_CLIENT_ID ""
#endif
#ifndef VITRINE_OAUTH_YOUTUBE_CLIENT_SECRET
#define VITRINE_OAUTH_YOUTUBE_CLIENT_SECRET ""
#endif
#ifndef VITRINE_OAUTH_FACEBOOK_CLIENT_ID
#define VITRINE_OAUTH_FACEBOOK_CLIENT_ID ""
#endif

namespace vitrine {

OAuthConfig OAuthConfig::builtIn(const QString& platform)
{
    OAuthConfig config;
    config.platform = platform;
    if (platform == QLatin1String("twitch")) {
        config.clientId = QStringLiteral(VITRINE_OAUTH_TWITCH_CLIENT_ID);
        config.clientSecret = QStringLiteral(VITRINE_OAUTH_TWITCH_CLIENT_SECRET);
        config.authorizationUrl = QUrl(QStringLiteral("https://id.twitch.tv/oauth2/authorize"));
        config.tokenUrl = QUrl(QStringLiteral("https://id.twitch.tv/oauth2/token"));
        config.userInfoUrl = QUrl(QStringLiteral("https://id.twitch.tv/oauth2/validate"));
        // Read (EventSub, IRC), post, and moderate the channel's chat.
        config.scope = QStringLiteral("user:read:chat user:write:chat chat:read chat:edit "
                                      "moderator:manage:chat_messages moderator:manage:banned_users");
    } else if (platform == QLatin1String("youtube")) {
        config.clientId = QStringLiteral(VITRINE_OAUTH_YOUTUBE_CLIENT_ID);
        config.clientSecret = QStringLiteral(VITRINE_OAUTH_YOUTUBE_CLIENT_SECRET);
        config.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        config.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        config.userInfoUrl =
            QUrl(QStringLiteral("https://www.googleapis.com/youtube/v3/channels?part=snippet&mine=true"));
        config.scope = QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl");
    } else if (platform == QLatin1String("facebook")) {
        config.clientId = QStringLiteral(VITRINE_OAUTH_FACEBOOK_CLIENT_ID);
        config.authorizationUrl = QUrl(QStringLiteral("https://www.facebook.com/v19.0/dialog/oauth"));
        config.tokenUrl = QUrl(QStringLiteral("https://graph.facebook.com/v19.0/oauth/access_token"));
        // The user and the pages they manage, each page with its own token (live comments are the page's).
        config.userInfoUrl = QUrl(QStringLiteral(
            "https://graph.facebook.com/v19.0/me?fields=id,name,accounts{id,name,access_token}"));
        config.scope = QStringLiteral(
            "pages_show_list,pages_read_engagement,pages_read_user_content,pages_manage_engagement");
    }
    return config;
}

OAuthConfig OAuthConfig::fromSettings(QSettings& settings, const QString& platform)
{
    OAuthConfig config = builtIn(platform);
    settings.beginGroup(QStringLiteral("oauth/") + platform);
    auto text = [&settings](const char* key, QString* value) {
        const QString stored = settings.value(QLatin1String(key)).toString();
        if (!stored.isEmpty())
            *value = stored;
    };
    auto url = [&settings](const char* key, QUrl* value) {
        const QString stored = settings.value(QLatin1String(key)).toString();
        if (!stored.isEmpty())
            *value = QUrl(stored);
    };
    text("clientId", &config.clientId);
    text("scope", &config.scope);
    url("authorizationUrl", &config.authorizationUrl);
    url("tokenUrl", &config.tokenUrl);
    url("userInfoUrl", &config.userInfoUrl);
    settings.endGroup();
    return config;
}

void OAuthConfig::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("oauth/") + platform);
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("authorizationUrl"), authorizationUrl.toString());
    settings.setValue(QStringLiteral("tokenUrl"), tokenUrl.toString());
    settings.setValue(QStringLiteral("scope"), scope);
    if (!userInfoUrl.isEmpty())
        settings.setValue(QStringLiteral("userInfoUrl"), userInfoUrl.toString());
    settings.endGroup();
}

bool OAuthConfig::isUsable(QString* error) const
{
    QString missing;
    if (clientId.isEmpty())
        missing = QStringLiteral("clientId");
    else if (!authorizationUrl.isValid() || authorizationUrl.scheme().isEmpty())
        missing = QStringLiteral("authorizationUrl");
    else if (!tokenUrl.isValid() || tokenUrl.scheme().isEmpty())
        missing = QStringLiteral("tokenUrl");
    if (missing.isEmpty())
        return true;
    if (error) {
        *error =
            QCoreApplication::translate("vitrine::OAuthConfig",
                                        "Sign-in to %1 is not set up: the setting oauth/%1/%2 is missing.")
                .arg(platform, missing);
    }
    return false;
}

} // namespace vitrine
