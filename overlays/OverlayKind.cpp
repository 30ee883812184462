#include "OverlayKind.h"

#include <QCoreApplication>

namespace vitrine {

QLatin1String overlayKindKey(OverlayKind kind)
{
    switch (kind) {
    case OverlayKind::Card:
        return QLatin1String("card");
    case OverlayKind::Promo:
        return QLatin1String("promo");
    case OverlayKind::Flash:
        return QLatin1String("flash");
    case OverlayKind::Ticker:
        return QLatin1String("ticker");
    case OverlayKind::LowerThird:
        return QLatin1String("lower-third");
    case OverlayKind::Highlight:
        return QLatin1String("highlight");
    case OverlayKind::StartingSoon:
        return QLatin1String("starting-soon");
    case OverlayKind::EndCard:
        return QLatin1String("end-card");
    case OverlayKind::Poll:
        return QLatin1String("poll");
    case OverlayKind::Giveaway:
        return QLatin1String("giveaway");
    }
    return QLatin1String("card");
}

std::optional<OverlayKind> overlayKindFromKey(const QString& key)
{
    for (OverlayKind kind : kAllOverlayKinds)
        if (key.compare(overlayKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString overlayKindName(OverlayKind kind)
{
    switch (kind) {
    case OverlayKind::Card:
        return QCoreApplication::translate("vitrine::OverlayKind", "Product card");
    case OverlayKind::Promo:
        return QCoreApplication::translate("vitrine::OverlayKind", "Promo banner");
    case OverlayKind::Flash:
        return QCoreApplication::translate("vitrine::OverlayKind", "Flash sale");
    case OverlayKind::Ticker:
        return QCoreApplication::translate("vitrine::OverlayKind", "Social proof ticker");
    case OverlayKind::LowerThird:
        return QCoreApplication::translate("vitrine::OverlayKind", "Lower third");
    case OverlayKind::Highlight:
        return QCoreApplication::translate("vitrine::OverlayKind", "Chat highlight");
    case OverlayKind::StartingSoon:
        return QCoreApplication::translate("vitrine::OverlayKind", "Starting soon");
    case OverlayKind::EndCard:
        return QCoreApplication::translate("vitrine::OverlayKind", "End card");
    case OverlayKind::Poll:
        return QCoreApplication::translate("vitrine::OverlayKind", "Poll");
    case OverlayKind::Giveaway:
        return QCoreApplication::translate("vitrine::OverlayKind", "Giveaway");
    }
    return {};
}

bool overlayKindShownByDefault(OverlayKind kind)
{
    return kind != OverlayKind::LowerThird && kind != OverlayKind::StartingSoon &&
           kind != OverlayKind::EndCard;
}

} // namespace vitrine
