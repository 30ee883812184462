// The claim book: claims reserve stock in arrival order, the rest joins the waitlist in order; a claim
// without a variant of a product that has variants is accepted and flagged; unknown codes are listed; unknown
// stock accepts; everything reaches the event log and the CSV export.
#include "chat/ClaimBook.h"
#include "show/EventLog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

ChatMessage message(const QString& id, const QString& author, const QString& text,
                    ChatPlatform platform = ChatPlatform::Twitch)
{
    ChatMessage m;
    m.id = id;
    m.platform = platform;
    m.channel = QStringLiteral("maison");
    m.author.id = QStringLiteral("u-") + author;
    m.author.name = author;
    m.text = text;
    m.arrivalTime = QDateTime::currentDateTimeUtc();
    return m;
}

QList<Product> catalogue()
{
    Product mill;
    mill.sku = QStringLiteral("MILL");
    mill.claimCode = QStringLiteral("A1");
    mill.stock = 5;
    ProductVariant noir;
    noir.sku = QStringLiteral("MILL-NOIR");
    noir.title = QStringLiteral("Noir");
    noir.stock = 2;
    ProductVariant chene;
    chene.sku = QStringLiteral("MILL-CHENE");
    chene.title = QStringLiteral("Chêne");
    chene.stock = 3;
    mill.variants = {noir, chene};
    Product coffee;
    coffee.sku = QStringLiteral("COFFEE");
    coffee.claimCode = QStringLiteral("A2");
    coffee.stock = 3;
    Product feed; // a storefront feed that only says "available"
    feed.sku = QStringLiteral("FEED");
    feed.claimCode = QStringLiteral("A3");
    return {mill, coffee, feed};
}

QStringList statuses(const ClaimBook& book)
{
    QStringList list;
    for (const Claim& claim : book.claims())
        list.append(claim.authorName + QLatin1Char(':') + claimStatusKey(claim.status));
    return list;
}

} // namespace

class ClaimBookTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stockStopsAtZeroThenWaitlistInOrder()
    {
        ClaimBook book;
        QSignalSpy recorded(&book, &ClaimBook::claimRecorded);
        const QList<Product> products = catalogue();
        book.observe(message(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("SOLD A2 2")),
                     products, {});
        book.observe(message(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("sold a2 2")),
                     products, {});
        book.observe(message(QStringLiteral("3"), QStringLiteral("cid"), QStringLiteral("je prends 1")),
                     products, QStringLiteral("COFFEE"));
        book.observe(message(QStringLiteral("4"), QStringLiteral("dan"), QStringLiteral("SOLD A2")), products,
                     {});
        QCOMPARE(recorded.count(), 4);
        // 3 in stock: ana takes 2; bob's 2 do not fit (waitlisted whole); cid's 1 does; then none is left.
        QCOMPARE(statuses(book),
                 QStringList({QStringLiteral("ana:accepted"), QStringLiteral("bob:waitlisted"),
                              QStringLiteral("cid:accepted"), QStringLiteral("dan:waitlisted")}));
        const ClaimBook::Tally tally = book.tally(QStringLiteral("COFFEE"));
        QCOMPARE(tally.claims, 2);
        QCOMPARE(tally.units, 3);
        QCOMPARE(tally.waitlisted, 2);
        QCOMPARE(tally.waitlistedUnits, 3);
        QCOMPARE(products.at(1).stock, std::optional<int>(3)); // the catalogue's stock is the shop's
        QVERIFY(book.hasClaimed(ChatPlatform::Twitch, QStringLiteral("u-bob"))); // waitlisted counts
        QVERIFY(!book.hasClaimed(ChatPlatform::Facebook, QStringLiteral("u-bob")));
        QVERIFY(!book.hasClaimed(ChatPlatform::Twitch, QStringLiteral("u-eve")));
    }

    void variantStockAndTotalStock()
    {
        ClaimBook book;
        const QList<Product> products = catalogue();
        const auto claim = [&](const QString& id, const QString& text) {
            return *book.observe(message(id, QStringLiteral("v") + id, text), products, {});
        };
        QCOMPARE(claim(QStringLiteral("1"), QStringLiteral("sold a1 2 noir")).status,
                 Claim::Status::Accepted);
        QCOMPARE(claim(QStringLiteral("2"), QStringLiteral("sold a1 noir")).status,
                 Claim::Status::Waitlisted);
        const Claim open = claim(QStringLiteral("3"), QStringLiteral("sold a1 2"));
        QCOMPARE(open.status, Claim::Status::Accepted);
        QVERIFY(open.needsVariant);
        QVERIFY(open.variantSku.isEmpty());
        // 5 in all: 4 reserved, so chêne (3 of its own) has only 1 left.
        QCOMPARE(claim(QStringLiteral("4"), QStringLiteral("sold a1 2 chene")).status,
                 Claim::Status::Waitlisted);
        QCOMPARE(claim(QStringLiteral("5"), QStringLiteral("sold a1 chene")).status, Claim::Status::Accepted);
        QCOMPARE(book.reservedUnits(QStringLiteral("MILL")), 5);
        QCOMPARE(book.reservedVariantUnits(QStringLiteral("MILL-NOIR")), 2);
        QCOMPARE(book.tally(QStringLiteral("MILL")).needsVariant, 1);
    }

    void producerCompletesTheVariant()
    {
        ClaimBook book;
        EventLog log;
        QTemporaryDir dir;
        QVERIFY(log.open(dir.filePath(QStringLiteral("events.jsonl")), nullptr));
        book.setEventLog(&log);
        const QList<Product> products = catalogue();
        const Claim open = *book.observe(
            message(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("SOLD A1")), products, {});
        QSignalSpy changed(&book, &ClaimBook::claimChanged);
        QVERIFY(!book.setVariant(open.id, QStringLiteral("COFFEE"), products)); // not a variant of the mill
        QVERIFY(book.setVariant(open.id, QStringLiteral("MILL-CHENE"), products));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!book.claim(open.id)->needsVariant);
        QCOMPARE(book.claim(open.id)->variantSku, QStringLiteral("MILL-CHENE"));
        QCOMPARE(book.reservedVariantUnits(QStringLiteral("MILL-CHENE")), 1);
        QCOMPARE(book.tally(QStringLiteral("MILL")).needsVariant, 0);
        QVERIFY(!book.setVariant(open.id, QStringLiteral("MILL-NOIR"), products)); // already complete
        const QList<QJsonObject> events = EventLog::read(log.path());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("claim.variant"));
        QCOMPARE(events.at(1).value(QStringLiteral("variant")).toString(), QStringLiteral("MILL-CHENE"));
    }

    void unknownCodeIsAmbiguous()
    {
        ClaimBook book;
        const QList<Product> products = catalogue();
        const Claim claim =
            *book.observe(message(QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("SOLD Q7 2")),
                          products, QStringLiteral("COFFEE"));
        QCOMPARE(claim.status, Claim::Status::Ambiguous);
        QCOMPARE(claim.code, QStringLiteral("Q7"));
        QVERIFY(claim.sku.isEmpty());
        QCOMPARE(book.reservedUnits(QStringLiteral("COFFEE")), 0);
        const Claim unpinned = *book.observe(
            message(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("je prends")), products, {});
        QCOMPARE(unpinned.status, Claim::Status::Ambiguous);
    }

    void unknownStockAccepts()
    {
        ClaimBook book;
        const QList<Product> products = catalogue();
        for (int i = 0; i < 5; ++i) {
            const Claim claim = *book.observe(
                message(QString::number(i), QStringLiteral("v"), QStringLiteral("SOLD A3 99")), products, {});
            QCOMPARE(claim.status, Claim::Status::Accepted);
        }
        QCOMPARE(book.reservedUnits(QStringLiteral("FEED")), 5 * 99);
    }

    void unavailableProductWaitlists()
    {
        ClaimBook book;
        QList<Product> products = catalogue();
        products[2].available = false;
        QCOMPARE(book.observe(message(QStringLiteral("1"), QStringLiteral("v"), QStringLiteral("SOLD A3")),
                              products, {})
                     ->status,
                 Claim::Status::Waitlisted);
    }

    void notAClaimRecordsNothing()
    {
        ClaimBook book;
        QVERIFY(!book.observe(message(QStringLiteral("1"), QStringLiteral("v"), QStringLiteral("trop cher")),
                              catalogue(), QStringLiteral("MILL")));
        ChatMessage notice = message(QStringLiteral("2"), QStringLiteral("v"), QStringLiteral("SOLD A1"));
        notice.kind = ChatMessageKind::System;
        QVERIFY(!book.observe(notice, catalogue(), {}));
        QVERIFY(book.claims().isEmpty());
    }

    void eventLogAndCsv()
    {
        QTemporaryDir dir;
        EventLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("events.jsonl")), nullptr));
        ClaimBook book;
        book.setEventLog(&log);
        const QList<Product> products = catalogue();
        book.observe(message(QStringLiteral("1"), QStringLiteral("Zoé"), QStringLiteral("SOLD A2 3")),
                     products, {});
        book.observe(message(QStringLiteral("2"), QStringLiteral("=cmd"), QStringLiteral("sold a2, \"vite\""),
                             ChatPlatform::Facebook),
                     products, {});
        book.observe(message(QStringLiteral("3"), QStringLiteral("bob"), QStringLiteral("sold zz9")),
                     products, {});
        const QList<QJsonObject> events = EventLog::read(log.path());
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("claim.accept"));
        QCOMPARE(events.at(0).value(QStringLiteral("sku")).toString(), QStringLiteral("COFFEE"));
        QCOMPARE(events.at(0).value(QStringLiteral("quantity")).toInt(), 3);
        QCOMPARE(events.at(0).value(QStringLiteral("author")).toString(), QStringLiteral("Zoé"));
        QVERIFY(events.at(0).value(QStringLiteral("variant")).isNull());
        QCOMPARE(events.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("claim.waitlist"));
        QCOMPARE(events.at(1).value(QStringLiteral("platform")).toString(), QStringLiteral("facebook"));
        QCOMPARE(events.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("claim.ambiguous"));
        QCOMPARE(events.at(2).value(QStringLiteral("code")).toString(), QStringLiteral("ZZ9"));

        const QString path = dir.filePath(QStringLiteral("claims.csv"));
        QString error;
        QVERIFY2(book.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("id,time,status,platform,author_id,author,sku")));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",accepted,twitch,u-Zoé,Zoé,COFFEE,A2,,3,no,")),
                 qPrintable(lines.at(1)));
        // A formula-looking author stays text; quotes and commas are quoted.
        QVERIFY2(lines.at(2).contains(QStringLiteral(",'=cmd,COFFEE,")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral("\"sold a2, \"\"vite\"\"\"")), qPrintable(lines.at(2)));
        QVERIFY(lines.at(3).contains(QStringLiteral(",ambiguous,")));
        QVERIFY(!book.exportCsv(dir.filePath(QStringLiteral("missing/claims.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(ClaimBookTest)
#include "ClaimBookTest.moc"
