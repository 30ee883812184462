#include "show/Money.h"

#include <QLocale>
#include <QTest>

using namespace vitrine;

class MoneyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatShopsExport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::newRow("dot") << QStringLiteral("89.99") << qint64(8999) << QString();
        QTest::newRow("comma") << QStringLiteral("89,9") << qint64(8990) << QString();
        QTest::newRow("whole") << QStringLiteral("89") << qint64(8900) << QString();
        QTest::newRow("merchant") << QStringLiteral("89.99 EUR") << qint64(8999) << QStringLiteral("EUR");
        QTest::newRow("code first") << QStringLiteral("USD 12.50") << qint64(1250) << QStringLiteral("USD");
        QTest::newRow("euro sign") << QStringLiteral("1 299,00 €") << qint64(129900) << QStringLiteral("EUR");
        QTest::newRow("grouped") << QStringLiteral("1,299.00") << qint64(129900) << QString();
        QTest::newRow("grouped eu") << QStringLiteral("1.299,5") << qint64(129950) << QString();
        QTest::newRow("thousands only") << QStringLiteral("1,299") << qint64(129900) << QString();
        QTest::newRow("nbsp") << QStringLiteral("1\u00a0299,00\u00a0€") << qint64(129900)
                              << QStringLiteral("EUR");
    }

    void parsesWhatShopsExport()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const std::optional<Money> money = Money::parse(text);
        QVERIFY2(money.has_value(), qPrintable(text));
        QCOMPARE(money->minor, minor);
        QCOMPARE(money->currency, currency);
    }

    void refusesWhatIsNotMoney()
    {
        for (const char* text : {"", "abc", "-5.00", "12.345.6789", "1.5678", "EUR 5 USD", "5 EURO", "NaN"})
            QVERIFY2(!Money::parse(QString::fromUtf8(text)).has_value(), text);
    }

    void defaultCurrencyApplies()
    {
        QCOMPARE(Money::parse(QStringLiteral("5"), QStringLiteral("EUR"))->currency, QStringLiteral("EUR"));
    }

    void formats()
    {
        const Money money{8990, QStringLiteral("EUR")};
        QCOMPARE(money.toDecimalString(), QStringLiteral("89.90"));
        QCOMPARE((Money{5, {}}.toDecimalString()), QStringLiteral("0.05"));
        const QString french = money.toDisplayString(QLocale(QLocale::French, QLocale::France));
        QVERIFY2(french.contains(QStringLiteral("89,90")) && french.contains(QStringLiteral("€")),
                 qPrintable(french));
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "MoneyTest.moc"
