#include "show/ShowStore.h"
#include "show/EventLog.h"
#include "show/EventTypes.h"
#include "show/LiveState.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class ShowStoreTest : public QObject {
    Q_OBJECT

private:
    static ShowDocument catalogueShow()
    {
        ShowDocument show;
        show.title = QStringLiteral("Catalogue");
        Product grinder;
        grinder.sku = QStringLiteral("G1");
        grinder.title = QStringLiteral("Moulin");
        grinder.price = Money{8990, QStringLiteral("EUR")};
        grinder.stock = 4;
        Product kettle = grinder;
        kettle.sku = QStringLiteral("K1");
        kettle.title = QStringLiteral("Bouilloire");
        kettle.stock = 0; // sold out
        show.products = {grinder, kettle};
        show.promoCodes = {PromoCode{QStringLiteral("LIVE10"), QStringLiteral("-10 %"), 48, 15, {}}};
        show.runOfShow.segments = {
            Segment{Segment::Kind::Product, QStringLiteral("Moulin"), QStringLiteral("G1"), 300},
            Segment{Segment::Kind::Product, QStringLiteral("Bouilloire"), QStringLiteral("K1"), 300}};
        return show;
    }

    static QString writeShow(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("show.vitrine"));
        QString error;
        if (!catalogueShow().save(path, &error))
            qFatal("cannot write the fixture: %s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void editsReachTheDiskWithinASecond()
    {
        QTemporaryDir dir;
        const QString path = writeShow(dir);
        ShowStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        store.update([](ShowDocument& show) { show.title = QStringLiteral("Renamed"); });
        QTRY_COMPARE_WITH_TIMEOUT(ShowDocument::load(path, &error)->title, QStringLiteral("Renamed"), 1000);
    }

    void crashDuringABurstOfEditsLosesAtMostASecond()
    {
        QTemporaryDir dir;
        const QString path = writeShow(dir);
        QProcess child;
        child.start(QStringLiteral(SHOW_STORE_CHILD), {path});
        QVERIFY(child.waitForStarted());
        QTest::qWait(2500);
        child.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(child.waitForFinished());
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        const QRegularExpressionMatch last =
            QRegularExpression(QStringLiteral("edit (\\d+)\\s*$")).match(output.trimmed());
        QVERIFY2(last.hasMatch(), qPrintable(output.right(200)));
        const int lastEdit = last.captured(1).toInt();
        QVERIFY2(lastEdit > 50, "the burst was too short to mean anything");

        QString error;
        const std::optional<ShowDocument> reloaded = ShowDocument::load(path, &error);
        QVERIFY2(reloaded.has_value(), qPrintable(error)); // valid, never half-written
        const int savedEdit = reloaded->title.section(u' ', 1).toInt();
        const int editsPerSecond = 1000 / 10;
        QVERIFY2(savedEdit >= lastEdit - editsPerSecond,
                 qPrintable(QStringLiteral("saved %1 of %2").arg(savedEdit).arg(lastEdit)));
        QCOMPARE(reloaded->products.size(), 2); // the rest of the show is intact

        ShowStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const std::optional<QJsonObject> session = store.recoverableSession();
        QVERIFY2(session.has_value(), "a crashed run must offer its live state back");
        QCOMPARE(session->value(QStringLiteral("pinnedSku")).toString(), QStringLiteral("G1"));
        QCOMPARE(session->value(QStringLiteral("runningPromo")).toString(), QStringLiteral("LIVE10"));
        QCOMPARE(session->value(QStringLiteral("segmentIndex")).toInt(), 0);

        EventLog log;
        LiveState live(&store.document(), &log);
        live.restore(*session);
        QCOMPARE(live.pinnedSku(), QStringLiteral("G1"));
        QCOMPARE(live.runningPromo(), QStringLiteral("LIVE10"));
        QVERIFY(live.promoEndsAt().isValid());

        const QList<QJsonObject> events = EventLog::read(path + QStringLiteral(".events.jsonl"));
        QVERIFY(events.size() >= 3);
        QCOMPARE(events.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("segment.start"));
        QCOMPARE(events.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("product.pin"));
    }

    void cleanCloseOffersNoRecovery()
    {
        QTemporaryDir dir;
        const QString path = writeShow(dir);
        QString error;
        {
            ShowStore store;
            QVERIFY(store.open(path, &error));
            store.setSessionState({{QStringLiteral("pinnedSku"), QStringLiteral("G1")}});
            store.closeCleanly();
        }
        ShowStore again;
        QVERIFY(again.open(path, &error));
        QVERIFY(!again.recoverableSession().has_value());
        // The show in progress is kept across the quit, to be taken back quietly.
        QVERIFY(again.keptSession().has_value());
        QCOMPARE(again.keptSession()->value(QStringLiteral("pinnedSku")).toString(), QStringLiteral("G1"));
    }

    void saveFailureIsReportedNotLost()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("shows"));
        const QString path = dir.filePath(QStringLiteral("shows/show.vitrine"));
        QString error;
        QVERIFY(catalogueShow().save(path, &error));
        ShowStore store;
        QVERIFY(store.open(path, &error));
        QVERIFY(QDir(dir.filePath(QStringLiteral("shows"))).removeRecursively()); // the folder vanishes
        QSignalSpy failures(&store, &ShowStore::saveFailed);
        store.update([](ShowDocument& show) { show.title = QStringLiteral("kept in memory"); });
        QVERIFY(!store.flush());
        QVERIFY(failures.count() >= 1);
        QCOMPARE(store.document().title, QStringLiteral("kept in memory"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("shows"))));
        QVERIFY(store.flush()); // retried once the disk accepts again
        QCOMPARE(ShowDocument::load(path, &error)->title, QStringLiteral("kept in memory"));
    }

    void soldOutNeedsConfirmationAndEverythingIsLogged()
    {
        QTemporaryDir dir;
        const ShowDocument show = catalogueShow();
        EventLog log;
        QString error;
        QVERIFY(log.open(dir.filePath(QStringLiteral("events.jsonl")), &error));
        LiveState live(&show, &log);
        QSignalSpy pins(&live, &LiveState::pinnedProductChanged);
        log.markLiveStarted();
        QCOMPARE(live.requestPin(QStringLiteral("K1")), LiveState::PinResult::NeedsConfirmation);
        QCOMPARE(live.pinnedSku(), QString());
        QCOMPARE(live.requestPin(QStringLiteral("nope")), LiveState::PinResult::UnknownProduct);
        QCOMPARE(live.requestPin(QStringLiteral("K1"), true), LiveState::PinResult::Pinned);
        QCOMPARE(live.requestPin(QStringLiteral("G1")), LiveState::PinResult::Pinned);
        live.unpin();
        QCOMPARE(pins.count(), 3);
        QVERIFY(!live.requestStartPromo(QStringLiteral("NOPE")));
        QVERIFY(live.requestStartPromo(QStringLiteral("LIVE10")));
        live.stopPromo();
        QVERIFY(live.requestNextSegment());
        QVERIFY(live.requestNextSegment());
        QVERIFY(!live.requestNextSegment()); // end of the run-of-show
        QCOMPARE(live.pinnedSku(), QStringLiteral("K1"));

        const QList<QJsonObject> events = EventLog::read(log.path());
        QStringList types;
        for (const QJsonObject& event : events) {
            types << event.value(QStringLiteral("type")).toString();
            QVERIFY(event.contains(QStringLiteral("liveMs")));
            QVERIFY(QDateTime::fromString(event.value(QStringLiteral("utc")).toString(), Qt::ISODateWithMs)
                        .isValid());
        }
        QCOMPARE(types, (QStringList{QStringLiteral("live.start"), QStringLiteral("product.pin"),
                                     QStringLiteral("product.pin"), QStringLiteral("product.unpin"),
                                     QStringLiteral("promo.start"), QStringLiteral("promo.stop"),
                                     QStringLiteral("segment.start"), QStringLiteral("product.pin"),
                                     QStringLiteral("segment.start"), QStringLiteral("product.pin")}));
    }

    // Every record type is dotted ("<subject>.<what happened>"), unique, and listed in the README, which
    // readers of the log go by.
    void eventTypesAreDottedAndDocumented()
    {
        QFile readme(QStringLiteral(VITRINE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        static const QRegularExpression dotted(QStringLiteral("^[a-z]+\\.[a-z_]+$"));
        QStringList seen;
        for (const QLatin1String type : EventType::all) {
            const QString name = type;
            QVERIFY2(dotted.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.append(name);
            QVERIFY2(text.contains(u'`' + name + u'`'),
                     qPrintable(name + QStringLiteral(" is not in the README")));
        }
    }
};

QTEST_GUILESS_MAIN(ShowStoreTest)
#include "ShowStoreTest.moc"
