// Issue 11's live state and script rules, without libobs: flash sales (checks, countdown, ending by time and
// by quantity, kept across a crash), the producer's overlay switches, the rehearsal script's new actions, and
// the sales the social-proof ticker counts.
#include "SalesTracker.h"
#include "runtime/ActionScript.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vitrine;

namespace {

ShowDocument flashShow()
{
    ShowDocument show = ShowDocument::blank(QStringLiteral("Flash"));
    Product grinder;
    grinder.sku = QStringLiteral("G1");
    grinder.title = QStringLiteral("Moulin");
    grinder.price = *Money::parse(QStringLiteral("89.90"), QStringLiteral("EUR"));
    grinder.stock = 40;
    Product gone = grinder;
    gone.sku = QStringLiteral("K1");
    gone.stock = 0;
    show.products = {grinder, gone};
    return show;
}

QStringList typesOf(const QString& path)
{
    QStringList types;
    for (const QJsonObject& event : EventLog::read(path))
        types << event.value(QStringLiteral("type")).toString();
    return types;
}

// The flash show with its event log open in a temporary folder, and its live state.
struct LoggedShow {
    QTemporaryDir dir;
    ShowDocument show = flashShow();
    EventLog log;
    std::unique_ptr<LiveState> live;

    LoggedShow()
    {
        QString error;
        if (log.open(dir.filePath(QStringLiteral("events.jsonl")), &error))
            live = std::make_unique<LiveState>(&show, &log);
        else
            qWarning() << error;
    }
};

} // namespace

class OnAirStateTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flashSaleIsCheckedLoggedAndStopped()
    {
        LoggedShow fixture;
        QVERIFY(fixture.live);
        ShowDocument& show = fixture.show;
        const EventLog& log = fixture.log;
        LiveState& live = *fixture.live;
        QString error;
        QSignalSpy changes(&live, &LiveState::flashSaleChanged);
        const Money price = *Money::parse(QStringLiteral("69.90"));

        QVERIFY(!live.requestStartFlashSale(QStringLiteral("nope"), price, 10, 30, 5, &error));
        QVERIFY(error.contains(QLatin1String("nope")));
        QVERIFY(!live.requestStartFlashSale(QStringLiteral("K1"), price, 10, 30, 5, &error)); // sold out
        QVERIFY(!live.requestStartFlashSale(QStringLiteral("G1"), price, 0, 30, 5, &error));
        QVERIFY(!live.requestStartFlashSale(QStringLiteral("G1"), price, 10, 5, 5, &error));   // < 10 s
        QVERIFY(!live.requestStartFlashSale(QStringLiteral("G1"), price, 10, 301, 5, &error)); // > 300 s
        QVERIFY(!live.requestStartFlashSale(QStringLiteral("G1"), price, 10, 30, 0, &error));
        QVERIFY(!live.flashSale());
        QCOMPARE(changes.count(), 0);

        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY2(live.requestStartFlashSale(QStringLiteral("G1"), price, 10, 30, 5, &error),
                 qPrintable(error));
        const FlashSale sale = *live.flashSale();
        QCOMPARE(sale.price.currency, QStringLiteral("EUR")); // the product's
        QVERIFY(qAbs(before.secsTo(sale.startsAt) - 30) <= 1);
        QCOMPARE(sale.startsAt.secsTo(sale.endsAt), 300);
        QCOMPARE(sale.stockAtStart, std::optional<int>(40));
        QVERIFY(!sale.hasStarted(before));
        QCOMPARE(sale.left(show.product(QStringLiteral("G1"))), 10);
        show.products[0].stock = 33; // 7 sold since the start
        QCOMPARE(sale.left(show.product(QStringLiteral("G1"))), 3);
        show.products[0].stock = 20;
        QCOMPARE(sale.left(show.product(QStringLiteral("G1"))), 0);

        live.stopFlashSale();
        QVERIFY(!live.flashSale());
        QCOMPARE(changes.count(), 2);
        const QList<QJsonObject> events = EventLog::read(log.path());
        QCOMPARE(typesOf(log.path()),
                 (QStringList{QStringLiteral("flash.start"), QStringLiteral("flash.end")}));
        QCOMPARE(events[0].value(QStringLiteral("price")).toString(), QStringLiteral("69.90"));
        QCOMPARE(events[0].value(QStringLiteral("quantity")).toInt(), 10);
        QCOMPARE(events[1].value(QStringLiteral("reason")).toString(), QStringLiteral("stopped"));
    }

    void flashSaleEndsWhenItsQuantityHasSoldAndWhenTimeIsUp()
    {
        LoggedShow fixture;
        QVERIFY(fixture.live);
        ShowDocument& show = fixture.show;
        const EventLog& log = fixture.log;
        LiveState& live = *fixture.live;
        // Restored after a crash with the sale running and 300 ms to go: the rest of the quantity is checked,
        // then the time ends it by itself.
        FlashSale running;
        running.sku = QStringLiteral("G1");
        running.price = *Money::parse(QStringLiteral("69.90"), QStringLiteral("EUR"));
        running.quantity = 5;
        running.startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        running.endsAt = QDateTime::currentDateTimeUtc().addMSecs(300);
        running.stockAtStart = 40;
        live.restore(QJsonObject{{QStringLiteral("flashSale"), running.toJson()},
                                 {QStringLiteral("overlays"), QJsonObject{{QStringLiteral("card"), false}}}});
        QVERIFY(live.flashSale());
        QCOMPARE(live.overlaySwitches().value(QStringLiteral("card"), true), false);
        live.checkFlashSale(); // nothing sold yet
        QVERIFY(live.flashSale());
        QTRY_VERIFY_WITH_TIMEOUT(!live.flashSale(), 3000);
        QList<QJsonObject> events = EventLog::read(log.path());
        QCOMPARE(events.last().value(QStringLiteral("type")).toString(), QStringLiteral("flash.end"));
        QCOMPARE(events.last().value(QStringLiteral("reason")).toString(), QStringLiteral("time"));

        // A sale that started, and whose five sold: ended as sold out.
        running.endsAt = QDateTime::currentDateTimeUtc().addSecs(60);
        live.restore(QJsonObject{{QStringLiteral("flashSale"), running.toJson()}});
        show.products[0].stock = 35;
        live.checkFlashSale();
        QVERIFY(!live.flashSale());
        events = EventLog::read(log.path());
        QCOMPARE(events.last().value(QStringLiteral("reason")).toString(), QStringLiteral("sold-out"));
        QCOMPARE(events.last().value(QStringLiteral("left")).toInt(), 0);
        // A sale already over when the state comes back is not restored.
        running.endsAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        live.restore(QJsonObject{{QStringLiteral("flashSale"), running.toJson()}});
        QVERIFY(!live.flashSale());
    }

    void endingTheShowClearsWhatIsOnAirButNotTheSwitches()
    {
        LoggedShow fixture;
        QVERIFY(fixture.live);
        LiveState& live = *fixture.live;
        PromoCode promo;
        promo.code = QStringLiteral("LIVE10");
        promo.countdownMinutes = 15;
        fixture.show.promoCodes = {promo};
        fixture.show.runOfShow.segments = {
            Segment{Segment::Kind::Product, QStringLiteral("Moulin"), QStringLiteral("G1"), 300}};
        QVERIFY(!live.isShowInProgress());
        QVERIFY(live.requestNextSegment());
        QVERIFY(live.requestStartPromo(QStringLiteral("LIVE10")));
        live.setOverlayVisible(QStringLiteral("lower-third"), true);
        QVERIFY(live.isShowInProgress());
        QSignalSpy segments(&live, &LiveState::segmentChanged);

        live.endShow();
        QVERIFY(!live.isShowInProgress());
        QVERIFY(live.pinnedSku().isEmpty());
        QVERIFY(live.runningPromo().isEmpty());
        QCOMPARE(live.segmentIndex(), -1);
        QCOMPARE(segments.count(), 1);
        QCOMPARE(live.overlaySwitches().value(QStringLiteral("lower-third")), true);
        const QStringList types = typesOf(fixture.log.path());
        QCOMPARE(types.mid(types.size() - 3),
                 (QStringList{QStringLiteral("promo.stop"), QStringLiteral("product.unpin"),
                              QStringLiteral("show.end")}));
        // The run-of-show starts over.
        QVERIFY(live.requestNextSegment());
        QCOMPARE(live.segmentIndex(), 0);

        // A promo whose countdown ran out while the studio was closed does not come back.
        QJsonObject snapshot = live.snapshot();
        snapshot.insert(QStringLiteral("runningPromo"), QStringLiteral("LIVE10"));
        snapshot.insert(QStringLiteral("promoEndsAt"),
                        QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODateWithMs));
        live.restore(snapshot);
        QVERIFY(live.runningPromo().isEmpty());
    }

    void overlaySwitchesAreLoggedOnceAndKeptInTheSnapshot()
    {
        LoggedShow fixture;
        QVERIFY(fixture.live);
        const EventLog& log = fixture.log;
        LiveState& live = *fixture.live;
        QSignalSpy spy(&live, &LiveState::overlaySwitchesChanged);
        live.setOverlayVisible(QStringLiteral("lower-third"), true);
        live.setOverlayVisible(QStringLiteral("lower-third"), true); // no change
        live.setOverlayVisible(QStringLiteral("card"), false);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(typesOf(log.path()),
                 (QStringList{QStringLiteral("overlay.visibility"), QStringLiteral("overlay.visibility")}));
        const QJsonObject overlays = live.snapshot().value(QStringLiteral("overlays")).toObject();
        QCOMPARE(overlays.value(QStringLiteral("lower-third")).toBool(), true);
        QCOMPARE(overlays.value(QStringLiteral("card")).toBool(true), false);
    }

    void scriptReadsTheOverlayActionsAndRefusesBadOnes()
    {
        const QByteArray text =
            R"({"at": 1, "do": "flash-start", "sku": "G1", "price": "19.90", "quantity": 50, "startsIn": 30, "minutes": 5}
{"at": 2, "do": "flash-stop"}
{"at": 3, "do": "highlight", "platform": "twitch", "author": "Léa", "text": "Il existe en noir ?"}
{"at": 3.5, "do": "highlight", "id": "msg-7"}
{"at": 4, "do": "highlight-clear"}
{"at": 5, "do": "overlay", "kind": "lower-third", "visible": true}
{"at": 5.5, "do": "end-show"}
{"at": 6, "do": "flash-start", "sku": "G1", "price": "cheap", "quantity": 5}
{"at": 6, "do": "flash-start", "sku": "G1", "price": "9", "quantity": 0}
{"at": 6, "do": "flash-start", "sku": "G1", "price": "9", "quantity": 5, "startsIn": 2}
{"at": 7, "do": "highlight", "author": "Léa"}
{"at": 8, "do": "overlay", "kind": "confetti", "visible": true}
{"at": 8, "do": "overlay", "kind": "card"}
)";
        const ActionScript script = ActionScript::parse(text, QStringLiteral("a.jsonl"));
        QCOMPARE(script.actions.size(), 7);
        QCOMPARE(script.actions[6].kind, ScriptedAction::Kind::EndShow);
        QCOMPARE(script.actions[0].kind, ScriptedAction::Kind::FlashStart);
        QCOMPARE(script.actions[0].argument, QStringLiteral("G1"));
        QCOMPARE(script.actions[0].fields.value(QStringLiteral("quantity")).toInt(), 50);
        QCOMPARE(script.actions[1].kind, ScriptedAction::Kind::FlashStop);
        QCOMPARE(script.actions[2].kind, ScriptedAction::Kind::Highlight);
        QCOMPARE(script.actions[3].fields.value(QStringLiteral("id")).toString(), QStringLiteral("msg-7"));
        QCOMPARE(script.actions[4].kind, ScriptedAction::Kind::HighlightClear);
        QCOMPARE(script.actions[5].kind, ScriptedAction::Kind::Overlay);
        QCOMPARE(script.actions[5].argument, QStringLiteral("lower-third"));
        QCOMPARE(script.problems.size(), 6);
        QVERIFY(script.problems[0].startsWith(QLatin1String("a.jsonl:8:")));
        QVERIFY(script.problems[0].contains(QLatin1String("price")));
        QVERIFY(script.problems[2].contains(QLatin1String("startsIn")));
        QVERIFY(script.problems[4].contains(QLatin1String("confetti")));
        QVERIFY(script.problems[5].contains(QLatin1String("visible")));
    }

    void salesAreStockDecreasesWithinTheWindow()
    {
        ShowDocument show = flashShow();
        SalesTracker sales;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        sales.observe(show, t0); // learns the levels: no sale
        QCOMPARE(sales.soldWithin(QString(), 5, t0), 0);
        show.products[0].stock = 37;
        sales.observe(show, t0.addSecs(10));
        show.products[0].stock = 45; // restocked: no sale
        sales.observe(show, t0.addSecs(20));
        show.products[0].stock = 44;
        sales.observe(show, t0.addSecs(200));
        QCOMPARE(sales.soldWithin(QStringLiteral("G1"), 5, t0.addSecs(210)), 4);
        QCOMPARE(sales.soldWithin(QStringLiteral("K1"), 5, t0.addSecs(210)), 0);
        QCOMPARE(sales.soldWithin(QString(), 5, t0.addSecs(320)), 1); // the first three left the window
        QCOMPARE(sales.soldWithin(QString(), 5, t0.addSecs(600)), 0);
    }
};

QTEST_GUILESS_MAIN(OnAirStateTest)
#include "OnAirStateTest.moc"
