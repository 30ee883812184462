#pragma once

#include <QString>

namespace vitrine {

// A product link decorated for one destination, so the shop's analytics count sessions and orders per
// platform: utm_source=<the platform's utmSource> (show/Platform.h; an unknown key as it is, lower-cased),
// utm_medium=<medium> ("live" for links posted in chats, "qr" for the on-air card's QR code),
// utm_campaign=<campaign>. Existing query items are kept; existing utm_* items are replaced.
QString trackedLink(const QString& productUrl, const QString& platform, const QString& campaign,
                    const QString& medium = QStringLiteral("live"));

// "Le moulin à café — démo du 24/11" → "le-moulin-a-cafe-demo-du-24-11": a campaign name analytics tools
// keep.
QString campaignSlug(const QString& title);

} // namespace vitrine
