#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace vitrine {

// Where and as whom a platform's OAuth 2 sign-in happens. Read from the settings (group "oauth/<platform>":
// clientId, authorizationUrl, tokenUrl, scope), never from the source, so each deployment uses its own
// registered application and tests point it at a local server. Holds no secret.
struct OAuthConfig {
    QString platform; // "twitch", "youtube", "facebook"…
    QString clientId;
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope; // space-separated

    static OAuthConfig fromSettings(QSettings& settings, const QString& platform);
    void save(QSettings& settings) const;
    // False with a translated message naming what is missing.
    bool isUsable(QString* error) const;
};

} // namespace vitrine
