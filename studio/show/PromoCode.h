#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// A code shared only in the live: valid from the start of the live until some hours after its end (so the
// replay keeps selling), with an optional countdown shown on screen.
struct PromoCode {
    QString code;             // "LIVE10"
    QString discountText;     // "-10 % on the grinder"
    int hoursAfterLive = 48;  // validity after the live ends (24–48 h is the usual advice)
    int countdownMinutes = 0; // 0: no countdown; else the banner counts down from when it is started
    QStringList productSkus;  // empty: the whole catalogue

    // Whether the code is usable at `now` for a live that started at liveStart (and ended at liveEnd if it
    // has).
    bool isValidAt(const QDateTime& now, const QDateTime& liveStart,
                   const std::optional<QDateTime>& liveEnd) const;

    QJsonObject toJson() const;
    static PromoCode fromJson(const QJsonObject& json);
    bool operator==(const PromoCode&) const = default;
};

} // namespace vitrine
