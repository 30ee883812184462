#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace vitrine {

// Where and as whom a platform's OAuth 2 sign-in happens. Twitch, YouTube (Google) and Facebook come with
// their real endpoints and the scopes the chat needs built in; the application's client id is compiled in
// (CMake: VITRINE_OAUTH_TWITCH_CLIENT_ID…, as OBS Studio builds do) or set in the settings. Every field can
// be overridden in the settings (group "oauth/<platform>": clientId, authorizationUrl, tokenUrl, scope,
// userInfoUrl), which is how each deployment uses its own registered application and how tests point it at
// a local server. Holds no user secret.
struct OAuthConfig {
    QString platform; // "twitch", "youtube", "facebook"…
    QString clientId;
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope; // as the platform spells it (Facebook: comma-separated)
    // Who the token belongs to: Twitch's validate endpoint, YouTube's channels?mine=true, Facebook's /me.
    QUrl userInfoUrl;
    // Google and Twitch ask the application for its (non-confidential, compiled-in) client secret as well.
    QString clientSecret;

    // The platform's built-in endpoints, scope and compiled-in client (empty for an unknown platform).
    static OAuthConfig builtIn(const QString& platform);
    // builtIn() with what the settings override.
    static OAuthConfig fromSettings(QSettings& settings, const QString& platform);
    void save(QSettings& settings) const;
    // False with a translated message naming what is missing.
    bool isUsable(QString* error) const;
};

} // namespace vitrine
