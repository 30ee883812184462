#include "show/Money.h"

#include <QStringList>

#include <QLocale>
#include <QRegularExpression>

namespace vitrine {
namespace {

QString currencyFromSymbol(const QString& symbol)
{
    if (symbol == u"€")
        return QStringLiteral("EUR");
    if (symbol == u"$")
        return QStringLiteral("USD");
    if (symbol == u"£")
        return QStringLiteral("GBP");
    return symbol.toUpper();
}

} // namespace

std::optional<Money> Money::parse(const QString& text, const QString& defaultCurrency)
{
    // [currency] amount [currency]; the amount may group thousands with spaces, dots or commas.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:([A-Za-z]{3}|[€$£])\\s*)?([0-9][0-9 "
                       ".,\\x{00A0}\\x{202F}']*)\\s*(?:([A-Za-z]{3}|[€$£]))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || (!match.captured(1).isEmpty() && !match.captured(3).isEmpty()))
        return std::nullopt;
    QString amount = match.captured(2).trimmed();
    amount.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u'\'');

    // The last '.' or ',' followed by one or two digits is the decimal separator; any other is grouping.
    const qsizetype separator = std::max(amount.lastIndexOf(u'.'), amount.lastIndexOf(u','));
    QString units = amount;
    QString cents;
    if (separator >= 0) {
        const QString after = amount.mid(separator + 1);
        if (after.size() <= 2 && !after.isEmpty()) {
            units = amount.left(separator);
            cents = after;
        } else if (after.size() != 3) {
            return std::nullopt; // "1.5678": too many decimals to be money
        }
    }
    units.remove(u'.').remove(u',');
    if (units.isEmpty())
        units = QStringLiteral("0");
    bool ok = false;
    const qint64 whole = units.toLongLong(&ok);
    if (!ok || whole > 1'000'000'000'000LL)
        return std::nullopt;
    while (cents.size() < 2)
        cents += u'0';
    Money money;
    money.minor = whole * 100 + cents.toInt();
    const QString code = match.captured(1).isEmpty() ? match.captured(3) : match.captured(1);
    money.currency = code.isEmpty() ? defaultCurrency : currencyFromSymbol(code);
    return money;
}

QString Money::toDecimalString() const
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString(const QLocale& locale) const
{
    const double value = static_cast<double>(minor) / 100.0;
    if (currency.isEmpty())
        return locale.toString(value, 'f', 2);
    // Currencies without minor units (ISO 4217 exponent 0) are shown without decimals: "¥1,500", not
    // "¥1,500.00".
    static const QStringList wholeUnits{QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                        QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("XAF"),
                                        QStringLiteral("XOF"), QStringLiteral("UGX")};
    const int decimals = wholeUnits.contains(currency) ? 0 : 2;
    QString symbol = currency;
    if (currency == u"EUR")
        symbol = QStringLiteral("€");
    else if (currency == u"USD")
        symbol = QStringLiteral("$");
    else if (currency == u"GBP")
        symbol = QStringLiteral("£");
    else if (currency == u"JPY")
        symbol = QStringLiteral("¥");
    return locale.toCurrencyString(value, symbol, decimals);
}

} // namespace vitrine
