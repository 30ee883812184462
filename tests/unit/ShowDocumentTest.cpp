#include "show/ShowDocument.h"

#include <QDate>
#include <QTime>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class ShowDocumentTest : public QObject {
    Q_OBJECT

private:
    static ShowDocument sampleShow()
    {
        ShowDocument show;
        show.title = QStringLiteral("Démo « moulin »");
        show.canvas = {1080, 1920, 25};
        SourceSpec camera{
            QStringLiteral("Caméra"), SourceKind::GStreamer,
            QJsonObject{{QStringLiteral("pipeline"), QStringLiteral("videotestsrc is-live=true")}}, 0.5,
            true};
        SourceSpec photo{QStringLiteral("Photo"), SourceKind::Image,
                         QJsonObject{{QStringLiteral("file"), QStringLiteral("img/p.png")}}, 1.0, false};
        SourceSpec mic{QStringLiteral("Micro"), SourceKind::Microphone, {}, 1.0, false};
        show.scenes.sources = {camera, photo, mic};
        SceneItemSpec cameraItem{QStringLiteral("Caméra"), 10.5, 20.25, 0.5, 0.75,
                                 Crop{1, 2, 3, 4},         true, true};
        SceneItemSpec photoItem{QStringLiteral("Photo"), 840, 40, 1, 1, Crop{}, false, false};
        show.scenes.scenes = {
            SceneSpec{QStringLiteral("Plateau"), {cameraItem, photoItem}},
            SceneSpec{QStringLiteral("Produit"), {photoItem}},
            SceneSpec{QStringLiteral("Imbriquée"), {SceneItemSpec{QStringLiteral("Produit")}}}};
        show.scenes.programScene = QStringLiteral("Produit");
        show.scenes.globalAudio = {QStringLiteral("Micro")};
        return show;
    }

    static QByteArray withRoot(const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = QJsonDocument::fromJson(sampleShow().toJson()).object();
        edit(root);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void roundTripsThroughTheFileUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("show.vitrine"));
        const ShowDocument original = sampleShow();
        QString error;
        QVERIFY2(original.save(path, &error), qPrintable(error));
        const std::optional<ShowDocument> loaded = ShowDocument::load(path, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->title, original.title);
        QCOMPARE(loaded->canvas, original.canvas);
        QCOMPARE(loaded->scenes.sources, original.scenes.sources);
        QCOMPARE(loaded->scenes.scenes, original.scenes.scenes);
        QCOMPARE(loaded->scenes.programScene, original.scenes.programScene);
        QCOMPARE(loaded->scenes.globalAudio, original.scenes.globalAudio);
        QVERIFY(*loaded == original);
        // Saving again gives the same bytes: nothing drifts across load/save cycles.
        QCOMPARE(loaded->toJson(), original.toJson());
    }

    void writesFormatAndIntegerVersion()
    {
        const QJsonObject root = QJsonDocument::fromJson(sampleShow().toJson()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("vitrine-show"));
        QVERIFY(root.value(QStringLiteral("version")).isDouble());
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), ShowDocument::kFormatVersion);
        QCOMPARE(ShowDocument::kFormatVersion, 2);
    }

    void saveReplacesAtomicallyAndLeavesNoTemporaryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("show.vitrine"));
        QString error;
        QVERIFY(sampleShow().save(path, &error));
        ShowDocument changed = sampleShow();
        changed.title = QStringLiteral("Changed");
        QVERIFY(changed.save(path, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("show.vitrine")});
        QCOMPARE(ShowDocument::load(path, &error)->title, QStringLiteral("Changed"));
    }

    void saveIntoMissingFolderFailsWithMessage()
    {
        QString error;
        QVERIFY(!sampleShow().save(QStringLiteral("/nonexistent-folder-xyz/show.vitrine"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder-xyz/show.vitrine")), qPrintable(error));
    }

    void refusesNewerVersion()
    {
        const QByteArray json =
            withRoot([](QJsonObject& root) { root.insert(QStringLiteral("version"), 7); });
        QString error;
        QVERIFY(!ShowDocument::fromJson(json, QStringLiteral("new.vitrine"), &error));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(QStringLiteral("7")),
                 qPrintable(error));
    }

    void refusesNonIntegerOrMissingVersion()
    {
        QString error;
        QVERIFY(!ShowDocument::fromJson(withRoot([](QJsonObject& r) { r.remove(QStringLiteral("version")); }),
                                        QStringLiteral("a"), &error));
        QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));
        QVERIFY(!ShowDocument::fromJson(
            withRoot([](QJsonObject& r) { r.insert(QStringLiteral("version"), QStringLiteral("1")); }),
            QStringLiteral("a"), &error));
    }

    void refusesOtherFormats()
    {
        QString error;
        QVERIFY(!ShowDocument::fromJson(R"({"format":"obs-scene","version":1})", QStringLiteral("x.json"),
                                        &error));
        QVERIFY2(error.contains(QStringLiteral("x.json")) && error.contains(QStringLiteral("vitrine-show")),
                 qPrintable(error));
        QVERIFY(!ShowDocument::fromJson("[1,2]", QStringLiteral("x.json"), &error));
    }

    void reportsUnknownSourceKindByName()
    {
        const QByteArray json = withRoot([](QJsonObject& root) {
            QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
            QJsonObject first = sources.at(0).toObject();
            first.insert(QStringLiteral("kind"), QStringLiteral("hologram"));
            sources.replace(0, first);
            root.insert(QStringLiteral("sources"), sources);
        });
        QString error;
        QVERIFY(!ShowDocument::fromJson(json, QStringLiteral("k.vitrine"), &error));
        QVERIFY2(error.contains(QStringLiteral("hologram")) && error.contains(QStringLiteral("Caméra")),
                 qPrintable(error));
    }

    void reportsCorruptJsonWithLineAndColumn()
    {
        QByteArray json = sampleShow().toJson();
        json.truncate(json.size() / 2);
        QString error;
        QVERIFY(!ShowDocument::fromJson(json, QStringLiteral("cut.vitrine"), &error));
        QVERIFY2(error.contains(QStringLiteral("cut.vitrine")) && error.contains(QStringLiteral("line")),
                 qPrintable(error));
    }

    void reportsDanglingReferencesAndDuplicates()
    {
        const QByteArray dangling = withRoot([](QJsonObject& root) {
            QJsonArray scenes = root.value(QStringLiteral("scenes")).toArray();
            QJsonObject scene = scenes.at(0).toObject();
            QJsonArray items = scene.value(QStringLiteral("items")).toArray();
            items.append(QJsonObject{{QStringLiteral("source"), QStringLiteral("Fantôme")}});
            scene.insert(QStringLiteral("items"), items);
            scenes.replace(0, scene);
            root.insert(QStringLiteral("scenes"), scenes);
        });
        QString error;
        QVERIFY(!ShowDocument::fromJson(dangling, QStringLiteral("d.vitrine"), &error));
        QVERIFY2(error.contains(QStringLiteral("Fantôme")), qPrintable(error));

        SceneCollection duplicate = sampleShow().scenes;
        duplicate.sources.append(duplicate.sources.first());
        QVERIFY(!duplicate.validate().isEmpty());
    }

    void missingFileNamesThePath()
    {
        QString error;
        QVERIFY(!ShowDocument::load(QStringLiteral("/tmp/does-not-exist-42.vitrine"), &error));
        QVERIFY2(error.contains(QStringLiteral("does-not-exist-42.vitrine")), qPrintable(error));
    }

    void migratesVersionOneFiles()
    {
        QString error;
        const auto show =
            ShowDocument::load(QStringLiteral(VITRINE_TEST_DATA_DIR "/show-v1.vitrine"), &error);
        QVERIFY2(show.has_value(), qPrintable(error));
        // Version 1 held scenes only: they come through unchanged, the rest starts empty.
        QCOMPARE(show->scenes.scenes.size(), 2);
        QCOMPARE(show->scenes.sources.size(), 6);
        QCOMPARE(show->title, QStringLiteral("Le moulin à café Artisan — démo en direct"));
        QVERIFY(show->products.isEmpty());
        QVERIFY(show->promoCodes.isEmpty());
        QVERIFY(show->runOfShow.segments.isEmpty());
        QCOMPARE(show->effectiveCampaign(), QStringLiteral("le-moulin-a-cafe-artisan-demo-en-direct"));
        // Saved again, it is a version 2 file that reads back the same.
        const QJsonObject saved = QJsonDocument::fromJson(show->toJson()).object();
        QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(*ShowDocument::fromJson(show->toJson(), QStringLiteral("again"), &error) == *show);
    }

    void catalogueRoundTrips()
    {
        ShowDocument show = sampleShow();
        Product grinder;
        grinder.sku = QStringLiteral("MOUL-ART-01");
        grinder.title = QStringLiteral("Moulin « Artisan »");
        grinder.pitch = QStringLiteral("Meules coniques, 40 réglages");
        grinder.price = Money{8990, QStringLiteral("EUR")};
        grinder.compareAtPrice = Money{10990, QStringLiteral("EUR")};
        grinder.images = {QStringLiteral("https://shop.example/g.png")};
        grinder.url = QStringLiteral("https://shop.example/products/moulin");
        grinder.vendor = QStringLiteral("Maison Moulin");
        grinder.claimCode = QStringLiteral("M1"); // a valid code is kept as written
        grinder.stock = 12;
        grinder.lowStockThreshold = 3;
        ProductVariant black{QStringLiteral("MOUL-ART-01-N"),
                             QStringLiteral("Noir"),
                             {{QStringLiteral("Couleur"), QStringLiteral("Noir")}},
                             std::nullopt,
                             std::nullopt,
                             7,
                             true};
        ProductVariant oak{QStringLiteral("MOUL-ART-01-C"),
                           QStringLiteral("Chêne"),
                           {{QStringLiteral("Couleur"), QStringLiteral("Chêne")}},
                           Money{9990, QStringLiteral("EUR")},
                           std::nullopt,
                           5,
                           true};
        grinder.variants = {black, oak};
        show.products = {grinder};
        show.promoCodes = {
            PromoCode{QStringLiteral("LIVE10"), QStringLiteral("-10 %"), 48, 15, {grinder.sku}}};
        show.runOfShow.segments = {
            Segment{Segment::Kind::Intro, QStringLiteral("Bonjour"), {}, 120},
            Segment{Segment::Kind::Product, QStringLiteral("Le moulin"), grinder.sku, 600}};
        show.destinations = {Destination{QStringLiteral("YouTube"), QStringLiteral("youtube"),
                                         QStringLiteral("rtmps://a.rtmp.youtube.com/live2"),
                                         QStringLiteral("yt-main"), false, true}};
        show.hosts = {QStringLiteral("Camille")};
        show.brands = {QStringLiteral("Maison Moulin"), QStringLiteral("Café Lumière")};
        show.scheduledStart = QDateTime(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC);
        QString error;
        const auto loaded = ShowDocument::fromJson(show.toJson(), QStringLiteral("c"), &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->products, show.products);
        QCOMPARE(loaded->promoCodes, show.promoCodes);
        QCOMPARE(loaded->runOfShow, show.runOfShow);
        QCOMPARE(loaded->destinations, show.destinations);
        QCOMPARE(loaded->scheduledStart, show.scheduledStart);
        QVERIFY(*loaded == show);
        // No secret in the file: a destination names its keychain entry, never a key.
        QVERIFY(!show.toJson().contains("key\""));
    }

    void relayDestinationsRoundTripAndOlderShowsLoadUnchanged()
    {
        ShowDocument show = sampleShow();
        Destination relay{QStringLiteral("Brand relay"), QStringLiteral("custom"),
                          QStringLiteral("rtmp://relay.example:1935/landscape"),
                          QStringLiteral("relay-main")};
        relay.relay = true;
        relay.relayTargets = {QStringLiteral("YouTube"), QStringLiteral("Facebook")};
        Destination plain{QStringLiteral("Twitch"), QStringLiteral("twitch"),
                          QStringLiteral("rtmp://live.twitch.tv/app"), QStringLiteral("twitch-main")};
        show.destinations = {relay, plain};
        QString error;
        const QByteArray json = show.toJson();
        const auto loaded = ShowDocument::fromJson(json, QStringLiteral("relay"), &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->destinations, show.destinations);
        QVERIFY(loaded->destinations.at(0).relay);
        QCOMPARE(loaded->destinations.at(0).relayTargets,
                 QStringList({QStringLiteral("YouTube"), QStringLiteral("Facebook")}));
        // Optional fields, no new format version: a plain destination is written as before, without them.
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        const QJsonArray written = root.value(QStringLiteral("destinations")).toArray();
        QCOMPARE(written.size(), 2);
        QCOMPARE(written.at(0).toObject().value(QStringLiteral("relayTargets")).toArray().size(), 2);
        QVERIFY(!written.at(1).toObject().contains(QStringLiteral("relay")));
        QVERIFY(!written.at(1).toObject().contains(QStringLiteral("relayTargets")));
        // A destination written before relays existed loads as a plain one.
        const Destination older = Destination::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("YouTube")},
                        {QStringLiteral("platform"), QStringLiteral("youtube")},
                        {QStringLiteral("server"), QStringLiteral("rtmps://a.rtmp.youtube.com/live2")},
                        {QStringLiteral("keyRef"), QStringLiteral("yt")}});
        QVERIFY(!older.relay);
        QVERIFY(older.relayTargets.isEmpty());
        QVERIFY(older.enabled);
        // The bundled demo show (written before relays) loads and saves without them.
        const auto demo =
            ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        QVERIFY2(demo.has_value(), qPrintable(error));
        QVERIFY(!demo->toJson().contains("relay"));
    }

    void runOfShowMustPinKnownProducts()
    {
        ShowDocument show = sampleShow();
        show.runOfShow.segments = {
            Segment{Segment::Kind::Product, QStringLiteral("Ghost"), QStringLiteral("NOPE"), 60}};
        QString error;
        QVERIFY(!ShowDocument::fromJson(show.toJson(), QStringLiteral("r"), &error));
        QVERIFY2(error.contains(QStringLiteral("NOPE")), qPrintable(error));
    }

    void bundledDemoShowLoads()
    {
        QString error;
        const auto demo =
            ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        QVERIFY2(demo.has_value(), qPrintable(error));
        QCOMPARE(demo->scenes.scenes.size(), 2);
        QCOMPARE(demo->canvas, (VideoSettings{1280, 720, 30}));
        QCOMPARE(demo->products.size(), 3);
        QVERIFY(demo->product(QStringLiteral("BAL-PREC-01"))->isSoldOut());
        QCOMPARE(demo->product(QStringLiteral("MOUL-ART-01"))->facts.size(), 3); // the presenter's key facts
        QCOMPARE(demo->runOfShow.segments.size(), 5);
    }
};

QTEST_GUILESS_MAIN(ShowDocumentTest)
#include "ShowDocumentTest.moc"
