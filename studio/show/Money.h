#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>

namespace vitrine {

// An amount in minor units (cents) with its ISO 4217 currency: exact, unlike a double.
struct Money {
    std::int64_t minor = 0;
    QString currency; // "EUR", "USD"... may be empty when a source gives none

    // Parses what shop exports write: "89.99", "89,99", "1 299,00", "89.99 EUR", "EUR 89.99", "€89.99".
    // Returns nullopt for anything else (empty, negative, non-numeric, more than two decimals).
    static std::optional<Money> parse(const QString& text, const QString& defaultCurrency = {});
    // "89.99" (no currency), for files and feeds.
    QString toDecimalString() const;
    // "89,90 €" or "€89.90" in the given locale, for people.
    QString toDisplayString(const QLocale& locale) const;

    bool operator==(const Money&) const = default;
};

} // namespace vitrine
