#include "show/import/MerchantFeedImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace vitrine;
using namespace std::chrono_literals;

namespace {

// Every test imports as of this instant, so sale windows are decided the same way every day.
const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

QString fixture(const char* name)
{
    return QStringLiteral(VITRINE_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QByteArray readFixture(const char* name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return file.readAll();
}

Money eur(qint64 minor)
{
    return Money{minor, QStringLiteral("EUR")};
}

// A small RSS feed around the given lines; the first is on line 2.
QByteArray rss(std::initializer_list<QByteArray> lines)
{
    QByteArray xml = "<rss xmlns:g='http://base.google.com/ns/1.0'><channel>";
    for (const QByteArray& line : lines)
        xml += '\n' + line;
    return xml + "\n</channel></rss>";
}

QString issuesText(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& issue : report.issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

// Hands out at most a few bytes per read, as a slow socket does: the parser must give the same result
// whatever the chunking (UTF-8 sequences and tags split across reads).
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_step, m_data.size() - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, static_cast<std::size_t>(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

// A tiny HTTP/1.1 server on 127.0.0.1: the URL tests never leave the loopback interface.
class FeedServer : public QTcpServer {
public:
    struct Route {
        QByteArray status = "200 OK";
        QByteArray body;
        qint64 declaredLength = -1; // > body size: the connection drops mid-transfer
        bool silent = false;        // accept, read the request, never answer
    };

    FeedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRequest(socket); });
            }
        });
    }

    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    QHash<QByteArray, Route> routes;
    int requests = 0;

private:
    void onRequest(QTcpSocket* socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = request.split(' ').value(1);
        const auto found = routes.constFind(path);
        const Route route =
            found == routes.cend() ? Route{"404 Not Found", "no such feed", -1, false} : *found;
        if (route.silent)
            return;
        const qint64 length = route.declaredLength >= 0 ? route.declaredLength : route.body.size();
        socket->write("HTTP/1.1 " + route.status +
                      "\r\nContent-Type: application/rss+xml; charset=utf-8\r\n" +
                      "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n");
        socket->write(route.body);
        socket->disconnectFromHost();
    }
};

} // namespace

class MerchantFeedImportTest : public QObject {
    Q_OBJECT

private:
    // Imports a URL with a fresh network manager that never uses a proxy (loopback stays loopback).
    std::optional<ImportReport> fetch(const QUrl& url, std::chrono::milliseconds timeout = 5s)
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        MerchantFeedImporter importer;
        importer.setTimeout(timeout);
        std::optional<ImportReport> result;
        int reports = 0;
        connect(&importer, &MerchantFeedImporter::finished, this, [&](const ImportReport& report) {
            result = report;
            ++reports;
        });
        importer.importUrl(url, &network, kNow);
        if (result)
            qWarning("finished() emitted from inside importUrl()");
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return std::nullopt;
        QTest::qWait(50); // a second finished() would be a bug
        if (reports != 1)
            qWarning("finished() emitted %d times", reports);
        if (result && result->fatal)
            qInfo().noquote() << "fatal:" << result->issues.last().toString();
        return reports == 1 ? result : std::nullopt;
    }

private Q_SLOTS:
    void rssFeedEveryField()
    {
        const ImportReport report = MerchantFeedImporter::importFile(fixture("merchant_feed.xml"), kNow);
        QVERIFY2(!report.fatal, qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 4);

        // In stock (legacy spelling), CDATA HTML with entities, sale window around now, unknown elements and
        // g:shipping's own g:price ignored.
        const Product& grinder = report.products[0];
        QCOMPARE(grinder.sku, QStringLiteral("MC-GRINDER-01"));
        QCOMPARE(grinder.title, QStringLiteral("Moulin à café Mignon & Co"));
        QCOMPARE(grinder.pitch,
                 QStringLiteral("Un moulin conique en acier\u00a0inoxydable.\n• 40 réglages\n• "
                                "Silencieux & précis"));
        QCOMPARE(grinder.price, eur(19900));
        QCOMPARE(grinder.compareAtPrice, std::optional<Money>(eur(24900)));
        QCOMPARE(grinder.images, (QStringList{QStringLiteral("https://cdn.example.com/moulin-1.jpg"),
                                              QStringLiteral("https://cdn.example.com/moulin-2.jpg"),
                                              QStringLiteral("https://cdn.example.com/moulin-3.jpg")}));
        QCOMPARE(grinder.url, QStringLiteral("https://shop.example.com/products/moulin-mignon"));
        QCOMPARE(grinder.vendor, QStringLiteral("Mignon"));
        QCOMPARE(grinder.stock, std::optional<int>(12));
        QVERIFY(grinder.available);
        QVERIFY(grinder.variants.isEmpty());
        QCOMPARE(grinder.lowStockThreshold, 5);

        // RSS's own title/description/link, escaped (not CDATA) HTML, legacy "out of stock", a sale window
        // already over, sell_on_google_quantity.
        const Product& kettle = report.products[1];
        QCOMPARE(kettle.sku, QStringLiteral("MC-KETTLE-02"));
        QCOMPARE(kettle.title, QStringLiteral("Bouilloire col de cygne"));
        QCOMPARE(kettle.pitch, QStringLiteral("Verseur précis, 0,8\u00a0L."));
        QCOMPARE(kettle.price, eur(8999));
        QCOMPARE(kettle.compareAtPrice, std::nullopt);
        QCOMPARE(kettle.images, QStringList{QStringLiteral("https://cdn.example.com/bouilloire.jpg")});
        QCOMPARE(kettle.url, QStringLiteral("https://shop.example.com/products/bouilloire"));
        QCOMPARE(kettle.vendor, QStringLiteral("Fellow"));
        QCOMPARE(kettle.stock, std::optional<int>(0));
        QVERIFY(!kettle.available);
        QVERIFY(kettle.isSoldOut());

        // Three items with one item_group_id: one product titled by what their titles share, three variants.
        const Product& tee = report.products[2];
        QCOMPARE(tee.sku, QStringLiteral("MC-TEE"));
        QCOMPARE(tee.title, QStringLiteral("T-shirt Barista"));
        QCOMPARE(tee.pitch, QStringLiteral("T-shirt en coton bio.\nCoupe droite."));
        QCOMPARE(tee.url, QStringLiteral("https://shop.example.com/products/tee?variant=1"));
        QCOMPARE(tee.vendor, QStringLiteral("Maison Mignon"));
        QCOMPARE(tee.images, (QStringList{QStringLiteral("https://cdn.example.com/tee-noir.jpg"),
                                          QStringLiteral("https://cdn.example.com/tee-creme.jpg")}));
        QCOMPARE(tee.price, eur(2400)); // the lowest variant price: the crème one, on sale now
        QCOMPARE(tee.compareAtPrice, std::optional<Money>(eur(3200)));
        QCOMPARE(tee.stock, std::optional<int>(10));
        QVERIFY(tee.available);
        QCOMPARE(tee.variants.size(), 3);

        const ProductVariant& mNoir = tee.variants[0];
        QCOMPARE(mNoir.sku, QStringLiteral("MC-TEE-M-NOIR"));
        QCOMPARE(mNoir.title, QStringLiteral("M / Noir"));
        QCOMPARE(mNoir.options, (QMap<QString, QString>{{QStringLiteral("Size"), QStringLiteral("M")},
                                                        {QStringLiteral("Color"), QStringLiteral("Noir")}}));
        QCOMPARE(mNoir.price, std::optional<Money>(eur(2990)));
        QCOMPARE(mNoir.compareAtPrice, std::nullopt);
        QCOMPARE(mNoir.stock, std::optional<int>(7));
        QVERIFY(mNoir.available);

        const ProductVariant& lNoir = tee.variants[1];
        QCOMPARE(lNoir.sku, QStringLiteral("MC-TEE-L-NOIR"));
        QCOMPARE(lNoir.title, QStringLiteral("L / Noir"));
        QCOMPARE(lNoir.options, (QMap<QString, QString>{{QStringLiteral("Size"), QStringLiteral("L")},
                                                        {QStringLiteral("Color"), QStringLiteral("Noir")}}));
        QCOMPARE(lNoir.price, std::optional<Money>(eur(2990)));
        QCOMPARE(lNoir.compareAtPrice, std::nullopt);
        QCOMPARE(lNoir.stock, std::optional<int>(0));
        QVERIFY(!lNoir.available);

        const ProductVariant& mCreme = tee.variants[2];
        QCOMPARE(mCreme.sku, QStringLiteral("MC-TEE-M-CREME"));
        QCOMPARE(mCreme.title, QStringLiteral("M / Crème"));
        QCOMPARE(mCreme.options,
                 (QMap<QString, QString>{{QStringLiteral("Size"), QStringLiteral("M")},
                                         {QStringLiteral("Color"), QStringLiteral("Crème")}}));
        QCOMPARE(mCreme.price, std::optional<Money>(eur(2400)));
        QCOMPARE(mCreme.compareAtPrice, std::optional<Money>(eur(3200)));
        QCOMPARE(mCreme.stock, std::optional<int>(3));
        QVERIFY(mCreme.available); // preorder can be ordered

        // Character references in titles, backorder, a sale without a window, comma-separated extra images,
        // a decimal comma, no quantity.
        const Product& scale = report.products[3];
        QCOMPARE(scale.sku, QStringLiteral("MC-SCALE-03"));
        QCOMPARE(scale.title, QStringLiteral("Balance à café"));
        QCOMPARE(scale.pitch, QStringLiteral("Précision 0,1 g"));
        QCOMPARE(scale.price, eur(3950));
        QCOMPARE(scale.compareAtPrice, std::optional<Money>(eur(4500)));
        QCOMPARE(scale.images, (QStringList{QStringLiteral("https://cdn.example.com/balance-1.jpg"),
                                            QStringLiteral("https://cdn.example.com/balance-2.jpg"),
                                            QStringLiteral("https://cdn.example.com/balance-3.jpg")}));
        QCOMPARE(scale.url, QStringLiteral("https://shop.example.com/products/balance"));
        QCOMPARE(scale.vendor, QStringLiteral("Hario"));
        QCOMPARE(scale.stock, std::nullopt);
        QVERIFY(scale.available);

        // The three skipped items, each with its line and field; nothing about the unknown elements.
        const QString file = fixture("merchant_feed.xml");
        QCOMPARE(report.issues.size(), 3);
        QCOMPARE(report.errorCount(), 3);
        QCOMPARE(report.issues[0].file, file);
        QCOMPARE(report.issues[0].line, 86);
        QCOMPARE(report.issues[0].field, QStringLiteral("g:id"));
        QVERIFY(report.issues[0].message.contains(QStringLiteral("without an id")));
        QCOMPARE(report.issues[1].line, 93);
        QCOMPARE(report.issues[1].field, QStringLiteral("g:price"));
        QVERIFY(report.issues[1].message.contains(QStringLiteral("\"douze euros\" is not a price")));
        QVERIFY(report.issues[1].message.contains(QStringLiteral("MC-FILTERS-100")));
        QCOMPARE(report.issues[2].line, 96);
        QCOMPARE(report.issues[2].field, QStringLiteral("g:id"));
        QVERIFY(report.issues[2].message.contains(
            QStringLiteral("duplicate id \"MC-GRINDER-01\" (first at line 9)")));
        QCOMPARE(report.issues[2].toString().left(file.size() + 4), file + QStringLiteral(":96:"));
    }

    void atomFeedEveryField()
    {
        const ImportReport report = MerchantFeedImporter::importFile(fixture("merchant_feed_atom.xml"), kNow);
        QVERIFY2(!report.fatal, qPrintable(issuesText(report)));
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 2);

        // Atom's title, summary and <link rel="alternate" href>, not rel="self"; a whole-day sale window.
        const Product& dripper = report.products[0];
        QCOMPARE(dripper.sku, QStringLiteral("MC-DRIPPER-V60"));
        QCOMPARE(dripper.title, QStringLiteral("Dripper V60 céramique"));
        QCOMPARE(dripper.pitch, QStringLiteral("Le classique japonais – taille 02."));
        QCOMPARE(dripper.url, QStringLiteral("https://shop.example.com/products/v60"));
        QCOMPARE(dripper.images, (QStringList{QStringLiteral("https://cdn.example.com/v60.jpg"),
                                              QStringLiteral("https://cdn.example.com/v60-side.jpg")}));
        QCOMPARE(dripper.price, eur(1990));
        QCOMPARE(dripper.compareAtPrice, std::optional<Money>(eur(2490)));
        QCOMPARE(dripper.vendor, QStringLiteral("Hario"));
        QCOMPARE(dripper.stock, std::optional<int>(40));
        QVERIFY(dripper.available);
        QVERIFY(dripper.variants.isEmpty());

        // Grouped entries, g:link winning over Atom's link, colour-only options, no quantity anywhere.
        const Product& cup = report.products[1];
        QCOMPARE(cup.sku, QStringLiteral("MC-CUP"));
        QCOMPARE(cup.title, QStringLiteral("Tasse espresso"));
        QCOMPARE(cup.pitch, QStringLiteral("Grès «\u00a0fait main\u00a0»"));
        QCOMPARE(cup.url, QStringLiteral("https://shop.example.com/products/tasse?v=bleu"));
        QCOMPARE(cup.vendor, QString());
        QCOMPARE(cup.images, (QStringList{QStringLiteral("https://cdn.example.com/tasse-bleu.jpg"),
                                          QStringLiteral("https://cdn.example.com/tasse-sable.jpg")}));
        QCOMPARE(cup.price, eur(1200));
        QCOMPARE(cup.compareAtPrice, std::nullopt);
        QCOMPARE(cup.stock, std::nullopt);
        QVERIFY(cup.available);
        QCOMPARE(cup.variants.size(), 2);
        QCOMPARE(cup.variants[0].sku, QStringLiteral("MC-CUP-S-BLEU"));
        QCOMPARE(cup.variants[0].title, QStringLiteral("Bleu"));
        QCOMPARE(cup.variants[0].options,
                 (QMap<QString, QString>{{QStringLiteral("Color"), QStringLiteral("Bleu")}}));
        QCOMPARE(cup.variants[0].price, std::optional<Money>(eur(1200)));
        QCOMPARE(cup.variants[0].compareAtPrice, std::nullopt);
        QCOMPARE(cup.variants[0].stock, std::nullopt);
        QVERIFY(cup.variants[0].available); // legacy "available for order"
        QCOMPARE(cup.variants[1].sku, QStringLiteral("MC-CUP-S-SABLE"));
        QCOMPARE(cup.variants[1].title, QStringLiteral("Sable"));
        QCOMPARE(cup.variants[1].options,
                 (QMap<QString, QString>{{QStringLiteral("Color"), QStringLiteral("Sable")}}));
        QCOMPARE(cup.variants[1].price, std::optional<Money>(eur(1200)));
        QVERIFY(!cup.variants[1].available);
    }

    void everyGroupOutOfStockIsSoldOut()
    {
        const QByteArray xml =
            rss({"<item><g:id>A</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:availability>out of stock</g:availability></item>",
                 "<item><g:id>B</g:id><g:item_group_id>G</g:item_group_id><g:price>4 EUR</g:price>"
                 "<g:availability>out_of_stock</g:availability></item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 1);
        QVERIFY(!report.products[0].available);
        QVERIFY(report.products[0].isSoldOut());
        QCOMPARE(report.products[0].price, eur(400));
        // No title anywhere: the id stands in, with a warning.
        QCOMPARE(report.products[0].title, QStringLiteral("A"));
        QCOMPARE(report.warningCount(), 2);
    }

    // A group's product is titled by what its members' titles share, never by one member's colour or size;
    // each variant keeps its own title.
    void groupTitle_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("colors");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QStringList>("variants");
        const auto list = [](std::initializer_list<const char*> items) {
            QStringList result;
            for (const char* item : items)
                result.append(QString::fromUtf8(item));
            return result;
        };
        QTest::newRow("en dash") << list({"Moulin à café Mignon – Noir", "Moulin à café Mignon – Blanc"})
                                 << list({"", ""}) << QStringLiteral("Moulin à café Mignon")
                                 << list({"Moulin à café Mignon – Noir", "Moulin à café Mignon – Blanc"});
        QTest::newRow("hyphen") << list({"Moulin Mignon - Noir", "Moulin Mignon - Blanc",
                                         "Moulin Mignon - Rouge"})
                                << list({"Noir", "Blanc", "Rouge"}) << QStringLiteral("Moulin Mignon")
                                << list({"Noir", "Blanc", "Rouge"});
        QTest::newRow("comma") << list({"Tasse espresso, bleue", "Tasse espresso, sable"}) << list({"", ""})
                               << QStringLiteral("Tasse espresso")
                               << list({"Tasse espresso, bleue", "Tasse espresso, sable"});
        QTest::newRow("bracket") << list({"Tablier (noir)", "Tablier (écru)"}) << list({"", ""})
                                 << QStringLiteral("Tablier") << list({"Tablier (noir)", "Tablier (écru)"});
        // Never half a word: "Moulin Mignon" and "Moulin Mignonnette" share "Moulin".
        QTest::newRow("word boundary")
            << list({"Moulin Mignon", "Moulin Mignonnette"}) << list({"", ""}) << QStringLiteral("Moulin")
            << list({"Moulin Mignon", "Moulin Mignonnette"});
        QTest::newRow("case") << list({"Tasse Espresso bleue", "tasse espresso sable"}) << list({"", ""})
                              << QStringLiteral("Tasse Espresso")
                              << list({"Tasse Espresso bleue", "tasse espresso sable"});
        QTest::newRow("same title") << list({"Tablier barista", "Tablier barista"}) << list({"Noir", "Écru"})
                                    << QStringLiteral("Tablier barista") << list({"Noir", "Écru"});
        // Nothing meaningful shared: the first title without its colour.
        QTest::newRow("nothing shared")
            << list({"Noir – Moulin Mignon", "Blanc – Moulin Mignon"}) << list({"Noir", "Blanc"})
            << QStringLiteral("Moulin Mignon") << list({"Noir", "Blanc"});
        QTest::newRow("only a short word")
            << list({"Le moulin noir", "Le broyeur blanc"}) << list({"noir", "blanc"})
            << QStringLiteral("Le moulin") << list({"noir", "blanc"});
        // ...else the first title as it is.
        QTest::newRow("no attributes") << list({"Moulin", "Broyeur"}) << list({"", ""})
                                       << QStringLiteral("Moulin") << list({"Moulin", "Broyeur"});
        QTest::newRow("attribute not in title") << list({"Moulin", "Broyeur"}) << list({"Noir", "Blanc"})
                                                << QStringLiteral("Moulin") << list({"Noir", "Blanc"});
        // A group of one does not name its only colour either.
        QTest::newRow("one member") << list({"Moulin Mignon (Noir)"}) << list({"Noir"})
                                    << QStringLiteral("Moulin Mignon") << list({"Noir"});
        QTest::newRow("one member, no attribute")
            << list({"Moulin Mignon – Noir"}) << list({""}) << QStringLiteral("Moulin Mignon – Noir")
            << list({"Moulin Mignon – Noir"});
    }

    void groupTitle()
    {
        QFETCH(QStringList, titles);
        QFETCH(QStringList, colors);
        QFETCH(QString, product);
        QFETCH(QStringList, variants);
        QByteArray xml = "<rss xmlns:g='http://base.google.com/ns/1.0'><channel>";
        for (qsizetype i = 0; i < titles.size(); ++i) {
            xml += "<item><g:id>V" + QByteArray::number(i) +
                   "</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price><g:title>" +
                   titles[i].toUtf8() + "</g:title>";
            if (!colors[i].isEmpty())
                xml += "<g:color>" + colors[i].toUtf8() + "</g:color>";
            xml += "</item>";
        }
        xml += "</channel></rss>";
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].title, product);
        QStringList variantTitles;
        for (const ProductVariant& variant : report.products[0].variants)
            variantTitles.append(variant.title);
        QCOMPARE(variantTitles, variants);
    }

    // The first member's colour and size leave the title, with the separators around them.
    void groupTitleFallbackStripsSizeAndColour()
    {
        const QByteArray xml =
            rss({"<item><g:id>A</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:title>M - Noir - T-shirt</g:title><g:size>M</g:size><g:color>Noir</g:color></item>",
                 "<item><g:id>B</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:title>L - Crème - T-shirt</g:title><g:size>L</g:size><g:color>Crème</g:color></item>",
                 "<item><g:id>C</g:id><g:item_group_id>H</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:title>Sac (noir, M) cuir</g:title><g:size>M</g:size><g:color>Noir</g:color></item>",
                 "<item><g:id>D</g:id><g:item_group_id>H</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:title>Besace (écru, L) cuir</g:title><g:size>L</g:size><g:color>écru</g:color></item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QVERIFY2(report.issues.isEmpty(), qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 2);
        QCOMPARE(report.products[0].title, QStringLiteral("T-shirt"));
        QCOMPARE(report.products[0].variants[0].title, QStringLiteral("M / Noir"));
        QCOMPARE(report.products[0].variants[1].title, QStringLiteral("L / Crème"));
        QCOMPARE(report.products[1].title, QStringLiteral("Sac cuir"));
    }

    // A member without a title (its id stands in) does not cut what the titled ones share.
    void untitledMemberDoesNotCutTheGroupTitle()
    {
        const QByteArray xml =
            rss({"<item><g:id>A</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price></item>",
                 "<item><g:id>B</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:title>Moulin Mignon – Noir</g:title></item>",
                 "<item><g:id>C</g:id><g:item_group_id>G</g:item_group_id><g:price>5 EUR</g:price>"
                 "<g:title>Moulin Mignon – Blanc</g:title></item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].title, QStringLiteral("Moulin Mignon"));
        QCOMPARE(report.products[0].variants[0].title, QStringLiteral("A"));
        QCOMPARE(report.warningCount(), 1);
    }

    void saleWindow_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<bool>("warns");
        QTest::newRow("no window") << QString() << true << false;
        QTest::newRow("inside") << QStringLiteral("2026-11-20T00:00+01:00/2026-11-30T23:59+01:00") << true
                                << false;
        QTest::newRow("before") << QStringLiteral("2026-11-26T00:00+01:00/2026-11-30T23:59+01:00") << false
                                << false;
        QTest::newRow("after") << QStringLiteral("2026-11-01T00:00+01:00/2026-11-25T12:59+02:00") << false
                               << false;
        QTest::newRow("ends now") << QStringLiteral("2026-11-01T00:00Z/2026-11-25T12:00:00Z") << true
                                  << false;
        QTest::newRow("seconds, compact offset")
            << QStringLiteral("2026-11-25T13:00:00+0100/2026-11-25T13:00:01+0100") << true << false;
        QTest::newRow("dates only") << QStringLiteral("2026-11-25/2026-11-25") << true << false;
        QTest::newRow("no offset is UTC")
            << QStringLiteral("2026-11-25T12:00/2026-11-25T12:30") << true << false;
        QTest::newRow("garbage") << QStringLiteral("Black Friday") << false << true;
        QTest::newRow("no end") << QStringLiteral("2026-11-20T00:00+01:00") << false << true;
        QTest::newRow("reversed") << QStringLiteral("2026-11-30T00:00Z/2026-11-20T00:00Z") << false << true;
        QTest::newRow("bad month") << QStringLiteral("2026-13-01T00:00Z/2026-13-02T00:00Z") << false << true;
    }

    void saleWindow()
    {
        QFETCH(QString, window);
        QFETCH(bool, applies);
        QFETCH(bool, warns);
        QByteArray item = "<item><g:id>S</g:id><g:title>Sale</g:title><g:price>100.00 EUR</g:price>"
                          "<g:sale_price>80.00 EUR</g:sale_price>";
        if (!window.isEmpty())
            item += "<g:sale_price_effective_date>" + window.toUtf8() + "</g:sale_price_effective_date>";
        const QByteArray xml = rss({item + "</item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 1);
        const Product& product = report.products[0];
        QCOMPARE(product.price, applies ? eur(8000) : eur(10000));
        QCOMPARE(product.compareAtPrice, applies ? std::optional<Money>(eur(10000)) : std::nullopt);
        QCOMPARE(report.warningCount(), warns ? 1 : 0);
        if (warns) {
            QCOMPARE(report.issues[0].field, QStringLiteral("g:sale_price_effective_date"));
            QCOMPARE(report.issues[0].line, 2);
        }
    }

    void badSalePriceIsIgnored()
    {
        const QByteArray xml = rss({"<item><g:id>A</g:id><g:title>A</g:title><g:price>10 "
                                    "EUR</g:price><g:sale_price>cheap</g:sale_price></item>",
                                    "<item><g:id>B</g:id><g:title>B</g:title><g:price>10 "
                                    "EUR</g:price><g:sale_price>8 USD</g:sale_price></item>",
                                    "<item><g:id>C</g:id><g:title>C</g:title><g:price>10 "
                                    "EUR</g:price><g:sale_price>8</g:sale_price></item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 3);
        QCOMPARE(report.products[0].price, eur(1000));
        QCOMPARE(report.products[1].price, eur(1000));
        QCOMPARE(report.products[2].price, eur(800)); // no currency: the price's
        QCOMPARE(report.warningCount(), 2);
        QCOMPARE(report.issues[0].field, QStringLiteral("g:sale_price"));
        QCOMPARE(report.issues[0].line, 2);
        QCOMPARE(report.issues[1].line, 3);
        QVERIFY(report.issues[1].message.contains(QStringLiteral("USD")));
    }

    void availabilitySpellings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("available");
        QTest::addColumn<bool>("warns");
        QTest::newRow("in_stock") << QStringLiteral("in_stock") << true << false;
        QTest::newRow("in stock") << QStringLiteral("in stock") << true << false;
        QTest::newRow("In Stock") << QStringLiteral(" In Stock ") << true << false;
        QTest::newRow("out_of_stock") << QStringLiteral("out_of_stock") << false << false;
        QTest::newRow("out of stock") << QStringLiteral("out of stock") << false << false;
        QTest::newRow("preorder") << QStringLiteral("preorder") << true << false;
        QTest::newRow("backorder") << QStringLiteral("backorder") << true << false;
        QTest::newRow("available for order") << QStringLiteral("available for order") << true << false;
        QTest::newRow("unknown") << QStringLiteral("sold") << false << true;
    }

    void availabilitySpellings()
    {
        QFETCH(QString, value);
        QFETCH(bool, available);
        QFETCH(bool, warns);
        const QByteArray xml =
            rss({"<item><g:id>A</g:id><g:title>A</g:title><g:price>1 EUR</g:price><g:availability>" +
                 value.toUtf8() + "</g:availability></item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].available, available);
        QCOMPARE(report.warningCount(), warns ? 1 : 0);
        if (warns)
            QCOMPARE(report.issues[0].field, QStringLiteral("g:availability"));
    }

    void badQuantityLeavesStockUnknown()
    {
        const QByteArray xml = rss({"<item><g:id>A</g:id><g:title>A</g:title><g:price>1 "
                                    "EUR</g:price><g:quantity>-3</g:quantity></item>"});
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].stock, std::nullopt);
        QCOMPARE(report.warningCount(), 1);
        QCOMPARE(report.issues[0].field, QStringLiteral("g:quantity"));
    }

    void groupAndItemIdsMustNotCollide()
    {
        const QByteArray xml = rss({
            "<item><g:id>X</g:id><g:title>Standalone</g:title><g:price>1 EUR</g:price></item>",
            "<item><g:id>X-1</g:id><g:item_group_id>X</g:item_group_id><g:title>V</g:title><g:price>1 "
            "EUR</g:price></item>",
            "<item><g:id>V-1</g:id><g:item_group_id>G</g:item_group_id><g:title>V</g:title><g:price>1 "
            "EUR</g:price></item>",
            "<item><g:id>G</g:id><g:title>Clash</g:title><g:price>1 EUR</g:price></item>",
        });
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QCOMPARE(report.products.size(), 2);
        QCOMPARE(report.products[0].sku, QStringLiteral("X"));
        QCOMPARE(report.products[1].sku, QStringLiteral("G"));
        QCOMPARE(report.errorCount(), 2);
        QCOMPARE(report.issues[0].line, 3);
        QCOMPARE(report.issues[0].field, QStringLiteral("g:item_group_id"));
        QCOMPARE(report.issues[1].line, 5);
        QCOMPARE(report.issues[1].field, QStringLiteral("g:id"));
    }

    void malformedFeedKeepsWhatWasRead()
    {
        const ImportReport report =
            MerchantFeedImporter::importFile(fixture("merchant_feed_malformed.xml"), kNow);
        QVERIFY(report.fatal);
        QCOMPARE(report.products.size(), 2);
        QCOMPARE(report.products[0].sku, QStringLiteral("OK-1"));
        QCOMPARE(report.products[0].title, QStringLiteral("Premier article"));
        QCOMPARE(report.products[0].price, eur(1000));
        QCOMPARE(report.products[1].sku, QStringLiteral("OK-2"));
        QCOMPARE(report.products[1].title, QStringLiteral("Deuxième article"));
        QCOMPARE(report.issues.size(), 1);
        const ImportIssue& issue = report.issues[0];
        QCOMPARE(issue.severity, ImportIssue::Severity::Error);
        QCOMPARE(issue.file, fixture("merchant_feed_malformed.xml"));
        QCOMPARE(issue.line, 17);
        QVERIFY2(issue.message.contains(QStringLiteral("not well-formed")), qPrintable(issue.message));
        QVERIFY2(issue.message.contains(QStringLiteral("line 17")), qPrintable(issue.message));
        QVERIFY2(issue.message.contains(QStringLiteral("2 product(s) read before are kept")),
                 qPrintable(issue.message));
    }

    void truncatedFeedKeepsWhatWasRead()
    {
        const ImportReport report =
            MerchantFeedImporter::importFile(fixture("merchant_feed_truncated.xml"), kNow);
        QVERIFY(report.fatal);
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].sku, QStringLiteral("MC-GRINDER-01"));
        QCOMPARE(report.products[0].price, eur(19900));
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues[0].line, 39);
        QVERIFY2(report.issues[0].message.contains(QStringLiteral("truncated")),
                 qPrintable(report.issues[0].message));
        QVERIFY2(report.issues[0].message.contains(QStringLiteral("line 39")),
                 qPrintable(report.issues[0].message));
    }

    void invalidEncodingStopsAtTheBadByte()
    {
        const ImportReport report =
            MerchantFeedImporter::importFile(fixture("merchant_feed_bad_encoding.xml"), kNow);
        QVERIFY(report.fatal);
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].sku, QStringLiteral("UTF8-OK"));
        QCOMPARE(report.products[0].title, QStringLiteral("Café moulu"));
        QCOMPARE(report.products[0].price, eur(850));
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues[0].line, 11);
        QVERIFY2(report.issues[0].message.contains(QStringLiteral("invalid UTF-8 at line 11 (byte 0xe9)")),
                 qPrintable(report.issues[0].message));
    }

    void latin1DeclaredFeedIsDecoded()
    {
        // A feed that says it is ISO-8859-1 is read as such, not refused as bad UTF-8.
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                               "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>L</g:id>"
                               "<g:title>Caf\xe9</g:title><g:price>1 EUR</g:price></item></channel></rss>";
        const ImportReport report = MerchantFeedImporter::importData(xml, QStringLiteral("inline"), kNow);
        QVERIFY2(!report.fatal, qPrintable(issuesText(report)));
        QCOMPARE(report.products.size(), 1);
        QCOMPARE(report.products[0].title, QStringLiteral("Café"));
    }

    void notAFeed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray("  \n") << QStringLiteral("empty");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << QStringLiteral("not a Google Merchant feed");
        QTest::newRow("json") << QByteArray("{\"products\": []}") << QStringLiteral("not well-formed");
        QTest::newRow("undeclared prefix")
            << QByteArray("<rss><channel><item><g:id>x</g:id></item></channel></rss>")
            << QStringLiteral("not well-formed");
    }

    void notAFeed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const ImportReport report = MerchantFeedImporter::importData(data, QStringLiteral("inline"), kNow);
        QVERIFY(report.fatal);
        QVERIFY(report.products.isEmpty());
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues[0].message.contains(expected), qPrintable(report.issues[0].message));
    }

    void missingFile()
    {
        const QString path = fixture("no_such_feed.xml");
        const ImportReport report = MerchantFeedImporter::importFile(path, kNow);
        QVERIFY(report.fatal);
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues[0].file, path);
        QVERIFY2(report.issues[0].message.contains(path), qPrintable(report.issues[0].message));
    }

    void chunkingDoesNotMatter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("step");
        for (const char* name : {"merchant_feed.xml", "merchant_feed_atom.xml", "merchant_feed_malformed.xml",
                                 "merchant_feed_truncated.xml", "merchant_feed_bad_encoding.xml"}) {
            for (const qint64 step : {1, 3, 7, 4096}) {
                QTest::addRow("%s/%lld", name, static_cast<long long>(step))
                    << QString::fromLatin1(name) << step;
            }
        }
    }

    void chunkingDoesNotMatter()
    {
        QFETCH(QString, name);
        QFETCH(qint64, step);
        const QByteArray bytes = readFixture(name.toLatin1().constData());
        const ImportReport whole = MerchantFeedImporter::importData(bytes, name, kNow);
        TrickleDevice device(bytes, step);
        const ImportReport trickled = MerchantFeedImporter::importDevice(device, name, kNow);
        QCOMPARE(trickled.products, whole.products);
        QCOMPARE(trickled.fatal, whole.fatal);
        QCOMPARE(trickled.issues.size(), whole.issues.size());
        for (qsizetype i = 0; i < whole.issues.size(); ++i) {
            QCOMPARE(trickled.issues[i].line, whole.issues[i].line);
            QCOMPARE(trickled.issues[i].field, whole.issues[i].field);
        }
    }

    void importsFromHttp()
    {
        FeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.routes.insert("/feeds/google.xml", {"200 OK", readFixture("merchant_feed.xml"), -1, false});
        const std::optional<ImportReport> report = fetch(server.url(QStringLiteral("/feeds/google.xml")));
        QVERIFY(report);
        const ImportReport local = MerchantFeedImporter::importFile(fixture("merchant_feed.xml"), kNow);
        QVERIFY2(!report->fatal, qPrintable(issuesText(*report)));
        QCOMPARE(report->products, local.products);
        QCOMPARE(report->issues.size(), 3);
        QCOMPARE(report->issues[2].file, server.url(QStringLiteral("/feeds/google.xml")).toString());
        QCOMPARE(report->issues[2].line, 96);
    }

    void fileUrlReadsTheFile()
    {
        const std::optional<ImportReport> report =
            fetch(QUrl::fromLocalFile(fixture("merchant_feed_atom.xml")));
        QVERIFY(report);
        QCOMPARE(report->products.size(), 2);
        QVERIFY(!report->fatal);
    }

    void httpErrorStatusIsFatal()
    {
        FeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const std::optional<ImportReport> report = fetch(server.url(QStringLiteral("/missing.xml")));
        QVERIFY(report);
        QVERIFY(report->fatal);
        QVERIFY(report->products.isEmpty());
        QCOMPARE(report->issues.size(), 1);
        const QString message = report->issues[0].message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("HTTP 404 Not Found")), qPrintable(message));
    }

    void transferCutShortKeepsWhatWasRead()
    {
        // The server promises the whole feed but the connection drops after the first item.
        FeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray feed = readFixture("merchant_feed.xml");
        const QByteArray head = feed.left(feed.indexOf("<g:id>MC-KETTLE-02"));
        server.routes.insert("/feed.xml", {"200 OK", head, feed.size(), false});
        const std::optional<ImportReport> report = fetch(server.url(QStringLiteral("/feed.xml")));
        QVERIFY(report);
        QVERIFY(report->fatal);
        QCOMPARE(report->products.size(), 1);
        QCOMPARE(report->products[0].sku, QStringLiteral("MC-GRINDER-01"));
        const QString message = report->issues.last().message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("after 1 product(s), which are kept")), qPrintable(message));
    }

    void unreachableServer()
    {
        // A port nobody listens on: bind one, then free it.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const std::optional<ImportReport> report =
            fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(port)));
        QVERIFY(report);
        QVERIFY(report->fatal);
        QVERIFY(report->products.isEmpty());
        QCOMPARE(report->issues.size(), 1);
        const QString message = report->issues[0].message;
        QVERIFY2(message.contains(QStringLiteral("cannot fetch the feed from 127.0.0.1:%1").arg(port)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(message));
    }

    void unknownHost()
    {
        // .invalid is reserved (RFC 6761): no such host can exist.
        const std::optional<ImportReport> report =
            fetch(QUrl(QStringLiteral("https://feeds.vitrine.invalid/google.xml")));
        QVERIFY(report);
        QVERIFY(report->fatal);
        QCOMPARE(report->issues.size(), 1);
        const QString message = report->issues[0].message;
        QVERIFY2(message.contains(QStringLiteral("feeds.vitrine.invalid")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not found"), Qt::CaseInsensitive), qPrintable(message));
    }

    void silentServerTimesOut()
    {
        FeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.routes.insert("/slow.xml", {"200 OK", {}, -1, true});
        QElapsedTimer clock;
        clock.start();
        const std::optional<ImportReport> report = fetch(server.url(QStringLiteral("/slow.xml")), 300ms);
        QVERIFY(report);
        QVERIFY(clock.elapsed() < 10'000);
        QCOMPARE(server.requests, 1);
        QVERIFY(report->fatal);
        QCOMPARE(report->issues.size(), 1);
        const QString message = report->issues[0].message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no data for 0.3 s")), qPrintable(message));
    }

    void unsupportedScheme()
    {
        const std::optional<ImportReport> report = fetch(QUrl(QStringLiteral("ftp://127.0.0.1/feed.xml")));
        QVERIFY(report);
        QVERIFY(report->fatal);
        QVERIFY2(report->issues[0].message.contains(QStringLiteral("only http, https and file")),
                 qPrintable(report->issues[0].message));
    }

    void abortEmitsNothing()
    {
        FeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.routes.insert("/slow.xml", {"200 OK", {}, -1, true});
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        MerchantFeedImporter importer;
        int reports = 0;
        connect(&importer, &MerchantFeedImporter::finished, this, [&] { ++reports; });
        importer.importUrl(server.url(QStringLiteral("/slow.xml")), &network, kNow);
        QVERIFY(importer.isRunning());
        QTRY_COMPARE(server.requests, 1);
        importer.abort();
        QVERIFY(!importer.isRunning());
        // A queued report of an abandoned call is dropped too.
        importer.importUrl(QUrl(QStringLiteral("gopher://x")), &network, kNow);
        importer.abort();
        QTest::qWait(200);
        QCOMPARE(reports, 0);
    }
};

QTEST_GUILESS_MAIN(MerchantFeedImportTest)
#include "MerchantFeedImportTest.moc"
