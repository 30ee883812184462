#include "show/Platform.h"

#include <QCoreApplication>

#include <array>

namespace vitrine {
namespace {

// The one table. Keys are what show files and chat specs already hold: never rename one. A service name
// is matched against the keys in this order.
constexpr std::array kPlatforms{
    PlatformInfo{QLatin1String("youtube"), QT_TRANSLATE_NOOP("vitrine::Platform", "YouTube"), 0xFF0000, u'Y',
                 QLatin1String("youtube"), true},
    PlatformInfo{QLatin1String("facebook"), QT_TRANSLATE_NOOP("vitrine::Platform", "Facebook"), 0x1877F2,
                 u'F', QLatin1String("facebook"), true},
    PlatformInfo{QLatin1String("instagram"), QT_TRANSLATE_NOOP("vitrine::Platform", "Instagram"), 0xE4405F,
                 u'I', QLatin1String("instagram"), true},
    PlatformInfo{QLatin1String("tiktok"), QT_TRANSLATE_NOOP("vitrine::Platform", "TikTok"), 0xFE2C55,
                 u'\u266A', QLatin1String("tiktok"), true},
    PlatformInfo{QLatin1String("twitch"), QT_TRANSLATE_NOOP("vitrine::Platform", "Twitch"), 0x9146FF, u'T',
                 QLatin1String("twitch"), true},
    PlatformInfo{QLatin1String("linkedin"), QT_TRANSLATE_NOOP("vitrine::Platform", "LinkedIn"), 0x0A66C2,
                 u'L', QLatin1String("linkedin"), false},
    PlatformInfo{QLatin1String("kick"), QT_TRANSLATE_NOOP("vitrine::Platform", "Kick"), 0x53FC18, u'K',
                 QLatin1String("kick"), false},
    PlatformInfo{QLatin1String("trovo"), QT_TRANSLATE_NOOP("vitrine::Platform", "Trovo"), 0x19D66B, u'R',
                 QLatin1String("trovo"), false},
    // A custom RTMP server or a custom chat feed.
    PlatformInfo{QLatin1String("custom"), QT_TRANSLATE_NOOP("vitrine::Platform", "Other"), 0x607D8B, u'C',
                 QLatin1String("custom"), false},
};

} // namespace

QString PlatformInfo::name() const
{
    return QCoreApplication::translate("vitrine::Platform", displayName);
}

namespace Platform {

std::span<const PlatformInfo> all()
{
    return kPlatforms;
}

const PlatformInfo& custom()
{
    return kPlatforms.back();
}

const PlatformInfo* find(QStringView key)
{
    for (const PlatformInfo& platform : kPlatforms) {
        if (key.compare(platform.key, Qt::CaseInsensitive) == 0)
            return &platform;
    }
    return nullptr;
}

const PlatformInfo& info(QStringView key)
{
    const PlatformInfo* platform = find(key);
    return platform ? *platform : custom();
}

const PlatformInfo& forServiceName(QStringView serviceName)
{
    for (const PlatformInfo& platform : kPlatforms) {
        if (&platform != &custom() && serviceName.contains(platform.key, Qt::CaseInsensitive))
            return platform;
    }
    return custom();
}

QStringList suggestedLinkKeys()
{
    QStringList keys;
    for (const PlatformInfo& platform : kPlatforms) {
        if (platform.suggestedForLinks)
            keys.append(platform.key);
    }
    return keys;
}

} // namespace Platform
} // namespace vitrine
