#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace vitrine {

// What the studio knows of a platform a show goes live on or reads the chat of, in one table (Platform.cpp):
// the chat, the destinations, the tracked links and the producer's panel all read it.
struct PlatformInfo {
    QLatin1String key;       // "youtube": show files' destinations, chat specs, the chat log, tracked links
    const char* displayName; // untranslated ("YouTube", "Other"); name() translates it
    quint32 rgb;             // the brand colour, 0xRRGGBB (QColor(rgb) in the window)
    char16_t letter;         // the badge drawn on chat lines and filters ("Y")
    QLatin1String utmSource; // utm_source of the product links posted or copied for it
    bool suggestedForLinks;  // offered for tracked links when the show has no destination yet

    QString name() const; // the display name in the user's language
};

namespace Platform {

// Every platform, in the order pickers list them; the last is the generic one ("custom").
std::span<const PlatformInfo> all();
// The generic platform: a custom RTMP server or a custom chat feed.
const PlatformInfo& custom();
// By key, ignoring case; null when the key names none.
const PlatformInfo* find(QStringView key);
// By key, ignoring case; custom() when the key names none.
const PlatformInfo& info(QStringView key);
// The platform a streaming service's name names ("YouTube - RTMPS" → youtube); custom() when none.
const PlatformInfo& forServiceName(QStringView serviceName);
// The keys offered for tracked links when the show has no destination ("youtube", "facebook", …).
QStringList suggestedLinkKeys();

} // namespace Platform

} // namespace vitrine
