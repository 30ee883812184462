#include "auth/OAuthConfig.h"

#include <QCoreApplication>
#include <QSettings>

namespace vitrine {

OAuthConfig OAuthConfig::fromSettings(QSettings& settings, const QString& platform)
{
    OAuthConfig config;
    config.platform = platform;
    settings.beginGroup(QStringLiteral("oauth/") + platform);
    config.clientId = settings.value(QStringLiteral("clientId")).toString();
    config.authorizationUrl = QUrl(settings.value(QStringLiteral("authorizationUrl")).toString());
    config.tokenUrl = QUrl(settings.value(QStringLiteral("tokenUrl")).toString());
    config.scope = settings.value(QStringLiteral("scope")).toString();
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
