// The producer remote's requests on a running demo show (libobs under Xvfb, nginx-rtmp on loopback for the
// stream): each request kind answers with obs-websocket's fields and changes the studio's own state (pinned
// product, program scene, preview, transition, outputs, mute and volume, notes), errors carry obs-websocket's
// status and a comment, the moderator's password reaches only the chat, events come for scenes, outputs,
// inputs and commerce, the event log records a remote pin like a clicked one; the public feed says only what
// viewers may see, once per change, and serves the show's product images and nothing else.
#include "../support/FakeChatConnector.h"
#include "../support/LiveTestPeers.h"

#include "audio/AudioChannel.h"
#include "chat/ChatHub.h"
#include "output/Broadcast.h"
#include "remote/PublicFeed.h"
#include "remote/ShowRemoteApi.h"
#include "runtime/LiveShow.h"
#include "scene/ProgramSwitcher.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <X11/Xlib.h>

#include <memory>

using namespace vitrine;

namespace {

struct DisplayCloser {
    void operator()(Display* display) const { XCloseDisplay(display); }
};

const QString kGrinder = QStringLiteral("MOUL-ART-01");
const QString kCoffee = QStringLiteral("CAFE-ETH-250");          // stock 3, low
const QString kScale = QStringLiteral("BAL-PREC-01");            // sold out
const QString kCamera = QStringLiteral("Caméra (mire de test)"); // makes sound
const QString kProductScene = QStringLiteral("Produit plein écran");
const QString kDemoScene = QStringLiteral("Démo en direct");

} // namespace

class ShowRemoteApiTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void versionAndUnknownRequests();
    void fieldErrors();
    void sceneListAndProgramScene();
    void studioModePreviewAndTransitions();
    void pinThroughVendorRequest();
    void pinErrorsAndSoldOut();
    void promoSegmentFlashSaleAndNotes();
    void getShowDescribesTheShow();
    void chatHighlightAndAnswer();
    void moderatorOnlyReachesTheChat();
    void liveAndRecordingNeedConfirmation();
    void recordStartsAndStops();
    void streamStartsAndStops();
    void inputMuteAndVolume();
    void publicFeedSaysOnlyWhatViewersSee();
    void publicFeedServesOnlyProductImages();

private:
    RemoteResponse call(const QString& type, const QJsonObject& data = {},
                        RemoteRole role = RemoteRole::Producer);
    RemoteResponse vendor(const QString& type, const QJsonObject& data = {},
                          RemoteRole role = RemoteRole::Producer);
    // The events of that type the spy holds (VendorEvent: of that vendor eventType), data only.
    QList<QJsonObject> events(const QString& type, const QString& vendorType = {}) const;
    QList<QJsonObject> logged(const QString& type) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Display, DisplayCloser> m_display;
    Nginx m_nginx;
    MemoryKeyStore m_keys;
    std::unique_ptr<LiveShow> m_show;
    std::unique_ptr<ShowRemoteApi> m_api;
    std::unique_ptr<PublicFeed> m_feed;
    std::unique_ptr<QSignalSpy> m_events;
};

void ShowRemoteApiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString demo = QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/");
    for (const char* name : {"demo.vitrine", "grinder.png"})
        QVERIFY(QFile::copy(demo + QLatin1String(name), m_dir.filePath(QLatin1String(name))));
    QVERIFY2(m_nginx.start(), "nginx-rtmp did not start");
    m_keys.keys.insert(QStringLiteral("remote-test"), QStringLiteral("remotekey"));
    m_display.reset(XOpenDisplay(nullptr));
    QVERIFY2(m_display, "no X11 display (run under with-xvfb.sh)");

    LiveShow::Options options;
    options.nativeDisplay = m_display.get();
    options.trackSession = false;
    options.transitions = true; // the window's studio: a program switcher, studio mode
    options.eventLogPath = m_dir.filePath(QStringLiteral("events.jsonl"));
    options.keys = &m_keys;
    Destination destination;
    destination.name = QStringLiteral("Loopback");
    destination.platform = QStringLiteral("custom");
    destination.server = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(m_nginx.port);
    destination.keyRef = QStringLiteral("remote-test");
    options.destinations = QList<Destination>{destination};
    m_show = std::make_unique<LiveShow>();
    QString error;
    QVERIFY2(m_show->open(m_dir.filePath(QStringLiteral("demo.vitrine")), options, &error),
             qPrintable(error));
    QVERIFY(m_show->studio().switcher() != nullptr);

    m_api = std::make_unique<ShowRemoteApi>(*m_show);
    m_api->setRecordingPathProvider([this] { return m_dir.filePath(QStringLiteral("rec/remote.mkv")); });
    m_feed = std::make_unique<PublicFeed>(*m_show);
    m_events = std::make_unique<QSignalSpy>(m_api.get(), &RemoteApi::eventOccurred);
}

void ShowRemoteApiTest::cleanupTestCase()
{
    m_events.reset();
    m_feed.reset();
    m_api.reset();
    m_show.reset();
}

void ShowRemoteApiTest::init()
{
    m_events->clear();
}

RemoteResponse ShowRemoteApiTest::call(const QString& type, const QJsonObject& data, RemoteRole role)
{
    return m_api->handle(type, data, role);
}

RemoteResponse ShowRemoteApiTest::vendor(const QString& type, const QJsonObject& data, RemoteRole role)
{
    return call(QStringLiteral("CallVendorRequest"),
                {{QStringLiteral("vendorName"), QStringLiteral("vitrine")},
                 {QStringLiteral("requestType"), type},
                 {QStringLiteral("requestData"), data}},
                role);
}

QList<QJsonObject> ShowRemoteApiTest::events(const QString& type, const QString& vendorType) const
{
    QList<QJsonObject> found;
    for (const QList<QVariant>& event : std::as_const(*m_events)) {
        if (event.at(0).toString() != type)
            continue;
        const QJsonObject data = event.at(2).toJsonObject();
        if (!vendorType.isEmpty()) {
            if (data.value(QStringLiteral("vendorName")) != QLatin1String("vitrine") ||
                data.value(QStringLiteral("eventType")).toString() != vendorType)
                continue;
            found << data.value(QStringLiteral("eventData")).toObject();
            continue;
        }
        found << data;
    }
    return found;
}

QList<QJsonObject> ShowRemoteApiTest::logged(const QString& type) const
{
    QList<QJsonObject> found;
    for (const QJsonObject& record : EventLog::read(m_dir.filePath(QStringLiteral("events.jsonl"))))
        if (record.value(QStringLiteral("type")).toString() == type)
            found << record;
    return found;
}

void ShowRemoteApiTest::versionAndUnknownRequests()
{
    const RemoteResponse version = call(QStringLiteral("GetVersion"));
    QVERIFY(version.ok());
    QCOMPARE(version.data.value(QStringLiteral("rpcVersion")).toInt(), 1);
    QVERIFY(
        version.data.value(QStringLiteral("obsWebSocketVersion")).toString().startsWith(QLatin1String("5.")));
    QVERIFY(!version.data.value(QStringLiteral("obsVersion")).toString().isEmpty());
    const QJsonArray requests = version.data.value(QStringLiteral("availableRequests")).toArray();
    for (const char* type : {"GetSceneList", "SetCurrentProgramScene", "StartStream", "SetInputVolume",
                             "CallVendorRequest", "TriggerStudioModeTransition"})
        QVERIFY2(requests.contains(QJsonValue(QLatin1String(type))), type);
    QVERIFY(version.data.value(QStringLiteral("supportedImageFormats")).isArray());

    const RemoteResponse unknown = call(QStringLiteral("MakeCoffee"));
    QCOMPARE(unknown.code, int(RequestStatus::UnknownRequestType));
    QVERIFY(unknown.comment.contains(QLatin1String("MakeCoffee")));
    QCOMPARE(call(QString()).code, int(RequestStatus::MissingRequestType));

    const RemoteResponse noVendor = call(QStringLiteral("CallVendorRequest"),
                                         {{QStringLiteral("vendorName"), QStringLiteral("acme")},
                                          {QStringLiteral("requestType"), QStringLiteral("PinProduct")}});
    QCOMPARE(noVendor.code, int(RequestStatus::ResourceNotFound));
    QVERIFY(noVendor.comment.contains(QLatin1String("vendor")));
    QCOMPARE(vendor(QStringLiteral("Dance")).code, int(RequestStatus::UnknownRequestType));

    const RemoteResponse stats = call(QStringLiteral("GetStats"));
    QVERIFY(stats.ok());
    // libobs counts its frame rate over its first second.
    QTRY_VERIFY(call(QStringLiteral("GetStats")).data.value(QStringLiteral("activeFps")).toDouble() > 0.0);
    QVERIFY(stats.data.contains(QStringLiteral("renderTotalFrames")));
}

void ShowRemoteApiTest::fieldErrors()
{
    const RemoteResponse missing = call(QStringLiteral("SetCurrentProgramScene"));
    QCOMPARE(missing.code, int(RequestStatus::MissingRequestField));
    QVERIFY(missing.comment.contains(QLatin1String("sceneName")));
    const RemoteResponse wrongType =
        call(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), 5}});
    QCOMPARE(wrongType.code, int(RequestStatus::InvalidRequestFieldType));
    QVERIFY(!wrongType.comment.isEmpty());
    QCOMPARE(call(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), QString()}}).code,
             int(RequestStatus::RequestFieldEmpty));
    QCOMPARE(call(QStringLiteral("SetStudioModeEnabled"), {{QStringLiteral("studioModeEnabled"), 1}}).code,
             int(RequestStatus::InvalidRequestFieldType));
    QCOMPARE(vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), 12}}).code,
             int(RequestStatus::InvalidRequestFieldType));
    QCOMPARE(vendor(QStringLiteral("PinProduct")).code, int(RequestStatus::MissingRequestField));
    QCOMPARE(
        call(QStringLiteral("CallVendorRequest"), {{QStringLiteral("vendorName"), QStringLiteral("vitrine")}})
            .code,
        int(RequestStatus::MissingRequestField));
}

void ShowRemoteApiTest::sceneListAndProgramScene()
{
    const RemoteResponse list = call(QStringLiteral("GetSceneList"));
    QVERIFY(list.ok());
    const QJsonArray scenes = list.data.value(QStringLiteral("scenes")).toArray();
    QCOMPARE(scenes.size(), 2);
    // OBS's order: the last scene of the list first, with sceneIndex 0.
    QCOMPARE(scenes.at(0)[QStringLiteral("sceneName")].toString(), kProductScene);
    QCOMPARE(scenes.at(0)[QStringLiteral("sceneIndex")].toInt(), 0);
    QCOMPARE(scenes.at(1)[QStringLiteral("sceneName")].toString(), kDemoScene);
    QCOMPARE(scenes.at(1)[QStringLiteral("sceneIndex")].toInt(), 1);
    QCOMPARE(list.data.value(QStringLiteral("currentProgramSceneName")).toString(), kDemoScene);
    QVERIFY(list.data.value(QStringLiteral("currentPreviewSceneName")).isNull()); // studio mode off

    QVERIFY(
        call(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), kProductScene}}).ok());
    QCOMPARE(m_show->studio().switcher()->programScene(), kProductScene);
    QCOMPARE(
        call(QStringLiteral("GetCurrentProgramScene")).data.value(QStringLiteral("sceneName")).toString(),
        kProductScene);
    QCOMPARE(events(QStringLiteral("CurrentProgramSceneChanged")).size(), 1);
    QCOMPARE(events(QStringLiteral("CurrentProgramSceneChanged"))
                 .at(0)
                 .value(QStringLiteral("sceneName"))
                 .toString(),
             kProductScene);
    QCOMPARE(m_events->at(0).at(1).toUInt(), quint32(EventSubscription::Scenes));
    QVERIFY(!logged(QStringLiteral("scene.switch")).isEmpty());
    QCOMPARE(logged(QStringLiteral("scene.switch")).last().value(QStringLiteral("scene")).toString(),
             kProductScene);

    const RemoteResponse unknown = call(QStringLiteral("SetCurrentProgramScene"),
                                        {{QStringLiteral("sceneName"), QStringLiteral("Cuisine")}});
    QCOMPARE(unknown.code, int(RequestStatus::ResourceNotFound));
    QVERIFY(unknown.comment.contains(QLatin1String("Cuisine")));
    QCOMPARE(m_show->studio().switcher()->programScene(), kProductScene);
    QVERIFY(call(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), kDemoScene}}).ok());

    // What control surfaces read when they connect.
    const RemoteResponse items =
        call(QStringLiteral("GetSceneItemList"), {{QStringLiteral("sceneName"), kDemoScene}});
    QVERIFY(items.ok());
    const QJsonArray sceneItems = items.data.value(QStringLiteral("sceneItems")).toArray();
    QCOMPARE(sceneItems.size(), m_show->store().document().scenes.scene(kDemoScene)->items.size());
    QCOMPARE(sceneItems.at(0)[QStringLiteral("sourceName")].toString(),
             m_show->store().document().scenes.scene(kDemoScene)->items.at(0).source);
    QVERIFY(sceneItems.at(0)[QStringLiteral("sceneItemId")].toInteger() > 0);
    QCOMPARE(call(QStringLiteral("GetSceneItemList"), {{QStringLiteral("sceneName"), QStringLiteral("Nope")}})
                 .code,
             int(RequestStatus::ResourceNotFound));
    QCOMPARE(call(QStringLiteral("GetSceneCollectionList"))
                 .data.value(QStringLiteral("currentSceneCollectionName"))
                 .toString(),
             m_show->store().document().title);
    QVERIFY(call(QStringLiteral("GetSpecialInputs")).data.contains(QStringLiteral("mic1")));
    QCOMPARE(call(QStringLiteral("GetVirtualCamStatus")).code, int(RequestStatus::InvalidResourceState));
}

void ShowRemoteApiTest::studioModePreviewAndTransitions()
{
    ProgramSwitcher* switcher = m_show->studio().switcher();
    QCOMPARE(call(QStringLiteral("GetCurrentPreviewScene")).code, int(RequestStatus::StudioModeNotActive));
    QCOMPARE(call(QStringLiteral("TriggerStudioModeTransition")).code,
             int(RequestStatus::StudioModeNotActive));

    QVERIFY(call(QStringLiteral("SetStudioModeEnabled"), {{QStringLiteral("studioModeEnabled"), true}}).ok());
    QVERIFY(switcher->studioMode());
    QVERIFY(call(QStringLiteral("GetStudioModeEnabled"))
                .data.value(QStringLiteral("studioModeEnabled"))
                .toBool());
    QCOMPARE(events(QStringLiteral("StudioModeStateChanged")).size(), 1);

    QVERIFY(
        call(QStringLiteral("SetCurrentPreviewScene"), {{QStringLiteral("sceneName"), kProductScene}}).ok());
    QCOMPARE(switcher->previewScene(), kProductScene);
    QCOMPARE(switcher->programScene(), kDemoScene);
    QCOMPARE(
        call(QStringLiteral("GetCurrentPreviewScene")).data.value(QStringLiteral("sceneName")).toString(),
        kProductScene);
    QVERIFY(!events(QStringLiteral("CurrentPreviewSceneChanged")).isEmpty());
    QCOMPARE(call(QStringLiteral("SetCurrentPreviewScene"),
                  {{QStringLiteral("sceneName"), QStringLiteral("Nope")}})
                 .code,
             int(RequestStatus::ResourceNotFound));

    // Transitions as the switcher offers them.
    const RemoteResponse list = call(QStringLiteral("GetSceneTransitionList"));
    QVERIFY(list.ok());
    QCOMPARE(list.data.value(QStringLiteral("transitions")).toArray().size(), 5);
    QCOMPARE(list.data.value(QStringLiteral("currentSceneTransitionName")).toString(),
             QStringLiteral("Fade"));
    QVERIFY(call(QStringLiteral("SetCurrentSceneTransition"),
                 {{QStringLiteral("transitionName"), QStringLiteral("Cut")}})
                .ok());
    QCOMPARE(switcher->transitionKind(), TransitionKind::Cut);
    QCOMPARE(events(QStringLiteral("CurrentSceneTransitionChanged")).size(), 1);
    QCOMPARE(call(QStringLiteral("GetCurrentSceneTransition"))
                 .data.value(QStringLiteral("transitionName"))
                 .toString(),
             QStringLiteral("Cut"));
    QCOMPARE(call(QStringLiteral("SetCurrentSceneTransition"),
                  {{QStringLiteral("transitionName"), QStringLiteral("Dissolve")}})
                 .code,
             int(RequestStatus::ResourceNotFound));
    QVERIFY(call(QStringLiteral("SetCurrentSceneTransitionDuration"),
                 {{QStringLiteral("transitionDuration"), 500}})
                .ok());
    QCOMPARE(switcher->durationMs(), 500);
    QCOMPARE(call(QStringLiteral("SetCurrentSceneTransitionDuration"),
                  {{QStringLiteral("transitionDuration"), 10}})
                 .code,
             int(RequestStatus::RequestFieldOutOfRange));

    // The "Transition" button: preview to program, logged as a switch.
    QVERIFY(call(QStringLiteral("TriggerStudioModeTransition")).ok());
    QTRY_COMPARE(switcher->programScene(), kProductScene);
    QTRY_VERIFY(!events(QStringLiteral("CurrentProgramSceneChanged")).isEmpty());

    QVERIFY(
        call(QStringLiteral("SetStudioModeEnabled"), {{QStringLiteral("studioModeEnabled"), false}}).ok());
    QVERIFY(!switcher->studioMode());
    QVERIFY(call(QStringLiteral("SetCurrentSceneTransition"),
                 {{QStringLiteral("transitionName"), QStringLiteral("Fade")}})
                .ok());
    QVERIFY(call(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), kDemoScene}}).ok());
    QTRY_COMPARE(switcher->programScene(), kDemoScene);
}

void ShowRemoteApiTest::pinThroughVendorRequest()
{
    const qsizetype pinsBefore = logged(QStringLiteral("product.pin")).size();
    const RemoteResponse pin = vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), kGrinder}});
    QVERIFY2(pin.ok(), qPrintable(pin.comment));
    QCOMPARE(pin.data.value(QStringLiteral("vendorName")).toString(), QStringLiteral("vitrine"));
    QCOMPARE(pin.data.value(QStringLiteral("requestType")).toString(), QStringLiteral("PinProduct"));
    QVERIFY(pin.data.value(QStringLiteral("responseData")).isObject());
    QCOMPARE(m_show->live().pinnedSku(), kGrinder);
    // The event log records it as the producer panel's pin.
    const QList<QJsonObject> pins = logged(QStringLiteral("product.pin"));
    QCOMPARE(pins.size(), pinsBefore + 1);
    QCOMPARE(pins.last().value(QStringLiteral("sku")).toString(), kGrinder);
    const QList<QJsonObject> pinned = events(QStringLiteral("VendorEvent"), QStringLiteral("ProductPinned"));
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(pinned.at(0).value(QStringLiteral("sku")).toString(), kGrinder);
    QCOMPARE(m_events->last().at(1).toUInt(), quint32(EventSubscription::Vendors));

    QVERIFY(vendor(QStringLiteral("UnpinProduct")).ok());
    QVERIFY(m_show->live().pinnedSku().isEmpty());
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("ProductUnpinned")).size(), 1);
}

void ShowRemoteApiTest::pinErrorsAndSoldOut()
{
    const RemoteResponse unknown =
        vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), QStringLiteral("NOPE")}});
    QCOMPARE(unknown.code, int(RequestStatus::ResourceNotFound));
    QVERIFY(unknown.comment.contains(QLatin1String("NOPE")));
    QVERIFY(m_show->live().pinnedSku().isEmpty());

    const RemoteResponse soldOut = vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), kScale}});
    QCOMPARE(soldOut.code, int(RequestStatus::InvalidResourceState));
    QVERIFY(soldOut.comment.contains(QLatin1String("confirm")));
    QVERIFY(m_show->live().pinnedSku().isEmpty());
    QCOMPARE(vendor(QStringLiteral("PinProduct"),
                    {{QStringLiteral("sku"), kScale}, {QStringLiteral("confirm"), 1}})
                 .code,
             int(RequestStatus::InvalidRequestFieldType));
    QVERIFY(vendor(QStringLiteral("PinProduct"),
                   {{QStringLiteral("sku"), kScale}, {QStringLiteral("confirm"), true}})
                .ok());
    QCOMPARE(m_show->live().pinnedSku(), kScale);
    QVERIFY(vendor(QStringLiteral("UnpinProduct")).ok());
}

void ShowRemoteApiTest::promoSegmentFlashSaleAndNotes()
{
    LiveState& live = m_show->live();
    const RemoteResponse promo =
        vendor(QStringLiteral("StartPromo"), {{QStringLiteral("code"), QStringLiteral("LIVE10")}});
    QVERIFY2(promo.ok(), qPrintable(promo.comment));
    QCOMPARE(live.runningPromo(), QStringLiteral("LIVE10"));
    QVERIFY(promo.data.value(QStringLiteral("responseData")).toObject().contains(QStringLiteral("endsAt")));
    QCOMPARE(vendor(QStringLiteral("StartPromo"), {{QStringLiteral("code"), QStringLiteral("FREE100")}}).code,
             int(RequestStatus::ResourceNotFound));
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("PromoStarted")).size(), 1);
    QVERIFY(vendor(QStringLiteral("StopPromo")).ok());
    QVERIFY(live.runningPromo().isEmpty());

    QVERIFY(vendor(QStringLiteral("NextSegment")).ok());
    QCOMPARE(live.segmentIndex(), 0);
    QVERIFY(vendor(QStringLiteral("NextSegment")).ok());
    QCOMPARE(live.segmentIndex(), 1);
    QCOMPARE(live.pinnedSku(), kGrinder); // the segment's product
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("SegmentStarted")).size(), 2);

    const RemoteResponse flash =
        vendor(QStringLiteral("StartFlashSale"), {{QStringLiteral("sku"), kCoffee},
                                                  {QStringLiteral("price"), QStringLiteral("9.90")},
                                                  {QStringLiteral("quantity"), 2},
                                                  {QStringLiteral("startsIn"), 10},
                                                  {QStringLiteral("minutes"), 1}});
    QVERIFY2(flash.ok(), qPrintable(flash.comment));
    QVERIFY(live.flashSale().has_value());
    QCOMPARE(live.flashSale()->sku, kCoffee);
    QCOMPARE(live.flashSale()->price.toDecimalString(), QStringLiteral("9.90"));
    QCOMPARE(live.flashSale()->quantity, 2);
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("FlashSaleStarted")).size(), 1);
    const RemoteResponse badFlash =
        vendor(QStringLiteral("StartFlashSale"), {{QStringLiteral("sku"), kCoffee},
                                                  {QStringLiteral("price"), QStringLiteral("9.90")},
                                                  {QStringLiteral("quantity"), 2},
                                                  {QStringLiteral("startsIn"), 1}});
    QCOMPARE(badFlash.code, int(RequestStatus::RequestFieldOutOfRange));
    QVERIFY(badFlash.comment.contains(QLatin1String("startsIn")));
    QCOMPARE(vendor(QStringLiteral("StartFlashSale"), {{QStringLiteral("sku"), kScale},
                                                       {QStringLiteral("price"), QStringLiteral("9.90")},
                                                       {QStringLiteral("quantity"), 2}})
                 .code,
             int(RequestStatus::InvalidResourceState)); // sold out
    QVERIFY(live.flashSale().has_value());              // the refused one changed nothing
    QVERIFY(vendor(QStringLiteral("StopFlashSale")).ok());
    QVERIFY(!live.flashSale().has_value());

    QVERIFY(vendor(QStringLiteral("SetProducerNotes"),
                   {{QStringLiteral("text"), QStringLiteral("Parle du prix")}})
                .ok());
    QCOMPARE(live.producerNotes(), QStringLiteral("Parle du prix"));
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("ProducerNotesChanged")).size(), 1);
    QCOMPARE(vendor(QStringLiteral("SetProducerNotes")).code, int(RequestStatus::MissingRequestField));
    QVERIFY(vendor(QStringLiteral("SetProducerNotes"), {{QStringLiteral("text"), QString()}}).ok());
    QVERIFY(live.producerNotes().isEmpty());
    live.endShow();
}

void ShowRemoteApiTest::getShowDescribesTheShow()
{
    QVERIFY(vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), kCoffee}}).ok());
    QVERIFY(vendor(QStringLiteral("StartPromo"), {{QStringLiteral("code"), QStringLiteral("LIVE10")}}).ok());
    const RemoteResponse show = vendor(QStringLiteral("GetShow"));
    QVERIFY(show.ok());
    const QJsonObject data = show.data.value(QStringLiteral("responseData")).toObject();
    const QJsonArray products = data.value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 3);
    const QJsonObject grinder = products.at(0).toObject();
    QCOMPARE(grinder.value(QStringLiteral("sku")).toString(), kGrinder);
    QCOMPARE(grinder.value(QStringLiteral("price")).toString(), QStringLiteral("89.90"));
    QCOMPARE(grinder.value(QStringLiteral("stock")).toInt(), 24);
    QCOMPARE(grinder.value(QStringLiteral("image")).toString(), QStringLiteral("/images/grinder.png"));
    QVERIFY(products.at(2).toObject().value(QStringLiteral("soldOut")).toBool());
    QCOMPARE(data.value(QStringLiteral("pinned")).toString(), kCoffee);
    QCOMPARE(data.value(QStringLiteral("promo")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("LIVE10"));
    QVERIFY(
        !data.value(QStringLiteral("promo")).toObject().value(QStringLiteral("endsAt")).toString().isEmpty());
    QCOMPARE(data.value(QStringLiteral("promos")).toArray().size(), 1);
    QCOMPARE(
        data.value(QStringLiteral("runOfShow")).toObject().value(QStringLiteral("segments")).toArray().size(),
        5);
    QCOMPARE(
        data.value(QStringLiteral("runOfShow")).toObject().value(QStringLiteral("currentSegment")).toInt(),
        -1);
    m_show->live().endShow();
}

void ShowRemoteApiTest::chatHighlightAndAnswer()
{
    auto* connector = new test::FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maisonmoulin"));
    ChatHub& chat = m_show->chat();
    chat.addConnector(connector);
    connector->start();
    connector->say(QStringLiteral("m-1"), QStringLiteral("lea"), QStringLiteral("Il existe en blanc ?"));
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("ChatMessage")).size(), 1);
    QCOMPARE(events(QStringLiteral("VendorEvent"), QStringLiteral("ChatMessage"))
                 .at(0)
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("m-1"));

    QVERIFY(vendor(QStringLiteral("HighlightChatMessage"),
                   {{QStringLiteral("platform"), QStringLiteral("twitch")},
                    {QStringLiteral("id"), QStringLiteral("m-1")}})
                .ok());
    QCOMPARE(chat.highlightedKey(), QStringLiteral("twitch:m-1"));
    QVERIFY(!logged(QStringLiteral("chat.highlight")).isEmpty());
    QCOMPARE(vendor(QStringLiteral("HighlightChatMessage"),
                    {{QStringLiteral("platform"), QStringLiteral("youtube")},
                     {QStringLiteral("id"), QStringLiteral("m-1")}})
                 .code,
             int(RequestStatus::ResourceNotFound));
    QCOMPARE(vendor(QStringLiteral("HighlightChatMessage"),
                    {{QStringLiteral("platform"), QStringLiteral("myspace")},
                     {QStringLiteral("id"), QStringLiteral("m-1")}})
                 .code,
             int(RequestStatus::InvalidRequestField));

    // The chat cannot take replies yet: said, nothing sent.
    const RemoteResponse refused = vendor(QStringLiteral("AnswerQuestion"),
                                          {{QStringLiteral("platform"), QStringLiteral("twitch")},
                                           {QStringLiteral("id"), QStringLiteral("m-1")},
                                           {QStringLiteral("text"), QStringLiteral("Non, noir ou chêne.")}});
    QCOMPARE(refused.code, int(RequestStatus::ResourceActionFailed));
    QVERIFY(!refused.comment.isEmpty());
    QVERIFY(connector->sent.isEmpty());
    connector->setCapabilities(ChatConnector::CanSend);
    const RemoteResponse answer = vendor(QStringLiteral("AnswerQuestion"),
                                         {{QStringLiteral("platform"), QStringLiteral("twitch")},
                                          {QStringLiteral("id"), QStringLiteral("m-1")},
                                          {QStringLiteral("text"), QStringLiteral("Non, noir ou chêne.")}});
    QVERIFY2(answer.ok(), qPrintable(answer.comment));
    QCOMPARE(connector->sent.size(), 1);
    QVERIFY(connector->sent.at(0).contains(QStringLiteral("Non, noir ou chêne.")));
    QVERIFY(chat.answeredKeys().contains(QStringLiteral("twitch:m-1")));
    chat.setHighlighted(QString());
}

void ShowRemoteApiTest::moderatorOnlyReachesTheChat()
{
    const RemoteResponse pin =
        vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), kGrinder}}, RemoteRole::Moderator);
    QCOMPARE(pin.code, int(RequestStatus::CannotAct));
    QVERIFY(pin.comment.contains(QLatin1String("moderator")));
    QVERIFY(m_show->live().pinnedSku().isEmpty());
    QCOMPARE(call(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), kProductScene}},
                  RemoteRole::Moderator)
                 .code,
             int(RequestStatus::CannotAct));
    QCOMPARE(m_show->studio().switcher()->programScene(), kDemoScene);
    for (const char* type : {"StartStream", "StartRecord", "SetInputMute", "GetSceneList"})
        QCOMPARE(call(QLatin1String(type), {}, RemoteRole::Moderator).code, int(RequestStatus::CannotAct));
    for (const char* type : {"SetProducerNotes", "StartLive", "NextSegment", "StartPromo"})
        QCOMPARE(vendor(QLatin1String(type), {{QStringLiteral("confirm"), true}}, RemoteRole::Moderator).code,
                 int(RequestStatus::CannotAct));
    QVERIFY(call(QStringLiteral("GetVersion"), {}, RemoteRole::Moderator).ok());
    QVERIFY(vendor(QStringLiteral("GetShow"), {}, RemoteRole::Moderator).ok());
    QCOMPARE(vendor(QStringLiteral("HighlightChatMessage"),
                    {{QStringLiteral("platform"), QStringLiteral("twitch")},
                     {QStringLiteral("id"), QStringLiteral("zz")}},
                    RemoteRole::Moderator)
                 .code,
             int(RequestStatus::ResourceNotFound)); // allowed, only the message is unknown
}

void ShowRemoteApiTest::liveAndRecordingNeedConfirmation()
{
    for (const char* type : {"StartLive", "StopLive", "StartRecording", "StopRecording"}) {
        const RemoteResponse refused = vendor(QLatin1String(type));
        QCOMPARE(refused.code, int(RequestStatus::InvalidRequestField));
        QVERIFY2(refused.comment.contains(QLatin1String("confirm")), type);
        QCOMPARE(vendor(QLatin1String(type), {{QStringLiteral("confirm"), false}}).code,
                 int(RequestStatus::InvalidRequestField));
        QCOMPARE(vendor(QLatin1String(type), {{QStringLiteral("confirm"), QStringLiteral("yes")}}).code,
                 int(RequestStatus::InvalidRequestFieldType));
    }
    QVERIFY(!m_show->broadcast().isActive());
    QVERIFY(!m_show->broadcast().isRecording());
    QCOMPARE(vendor(QStringLiteral("StopLive"), {{QStringLiteral("confirm"), true}}).code,
             int(RequestStatus::OutputNotRunning));
}

void ShowRemoteApiTest::recordStartsAndStops()
{
    QCOMPARE(call(QStringLiteral("StopRecord")).code, int(RequestStatus::OutputNotRunning));
    QVERIFY(!call(QStringLiteral("GetRecordStatus")).data.value(QStringLiteral("outputActive")).toBool());
    const RemoteResponse start =
        vendor(QStringLiteral("StartRecording"), {{QStringLiteral("confirm"), true}});
    QVERIFY2(start.ok(), qPrintable(start.comment));
    QVERIFY(m_show->broadcast().isRecording());
    QCOMPARE(m_show->broadcast().recordingPath(), m_dir.filePath(QStringLiteral("rec/remote.mkv")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !events(QStringLiteral("RecordStateChanged")).isEmpty() &&
            events(QStringLiteral("RecordStateChanged")).last().value(QStringLiteral("outputState")) ==
                QLatin1String("OBS_WEBSOCKET_OUTPUT_STARTED"),
        10000);
    QVERIFY(
        events(QStringLiteral("RecordStateChanged")).last().value(QStringLiteral("outputActive")).toBool());
    QCOMPARE(call(QStringLiteral("StartRecord")).code, int(RequestStatus::OutputRunning));
    QVERIFY(call(QStringLiteral("GetRecordStatus")).data.value(QStringLiteral("outputActive")).toBool());
    QTest::qWait(1500);
    const RemoteResponse stop = call(QStringLiteral("ToggleRecord"));
    QVERIFY2(stop.ok(), qPrintable(stop.comment));
    QCOMPARE(stop.data.value(QStringLiteral("outputActive")).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_show->broadcast().isRecording(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        events(QStringLiteral("RecordStateChanged")).last().value(QStringLiteral("outputState")).toString(),
        QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED"), 15000);
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("rec/remote.mkv"))).size() > 0);
    QVERIFY(!logged(QStringLiteral("recording.start")).isEmpty());
}

void ShowRemoteApiTest::streamStartsAndStops()
{
    QCOMPARE(call(QStringLiteral("StopStream")).code, int(RequestStatus::OutputNotRunning));
    const RemoteResponse start = call(QStringLiteral("StartStream"));
    QVERIFY2(start.ok(), qPrintable(start.comment));
    QTRY_VERIFY_WITH_TIMEOUT(m_show->broadcast().isLive(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !events(QStringLiteral("StreamStateChanged")).isEmpty() &&
            events(QStringLiteral("StreamStateChanged")).last().value(QStringLiteral("outputState")) ==
                QLatin1String("OBS_WEBSOCKET_OUTPUT_STARTED"),
        5000);
    QVERIFY(
        events(QStringLiteral("StreamStateChanged")).last().value(QStringLiteral("outputActive")).toBool());
    QCOMPARE(
        events(QStringLiteral("StreamStateChanged")).first().value(QStringLiteral("outputState")).toString(),
        QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTING"));
    QCOMPARE(call(QStringLiteral("StartStream")).code, int(RequestStatus::OutputRunning));
    QVERIFY(call(QStringLiteral("GetStreamStatus")).data.value(QStringLiteral("outputActive")).toBool());
    QTest::qWait(1000);
    QVERIFY(vendor(QStringLiteral("StopLive"), {{QStringLiteral("confirm"), true}}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_show->broadcast().isActive(), 20000);
    QCOMPARE(
        events(QStringLiteral("StreamStateChanged")).last().value(QStringLiteral("outputState")).toString(),
        QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED"));
    QVERIFY(
        !events(QStringLiteral("StreamStateChanged")).last().value(QStringLiteral("outputActive")).toBool());
    QVERIFY(!logged(QStringLiteral("live.start")).isEmpty());
}

void ShowRemoteApiTest::inputMuteAndVolume()
{
    const RemoteResponse list = call(QStringLiteral("GetInputList"));
    QVERIFY(list.ok());
    QStringList names;
    for (const QJsonValue& input : list.data.value(QStringLiteral("inputs")).toArray())
        names << input[QStringLiteral("inputName")].toString();
    QVERIFY(names.contains(kCamera));
    QVERIFY(names.contains(QStringLiteral("Bandeau")));

    OBSSource camera;
    for (const OBSSource& source : AudioChannel::audioSources())
        if (QString::fromUtf8(obs_source_get_name(source)) == kCamera)
            camera = source;
    QVERIFY(camera);
    QVERIFY(!obs_source_muted(camera));
    const QJsonObject input{{QStringLiteral("inputName"), kCamera}};
    QJsonObject mute = input;
    mute.insert(QStringLiteral("inputMuted"), true);
    QVERIFY(call(QStringLiteral("SetInputMute"), mute).ok());
    QVERIFY(obs_source_muted(camera));
    QVERIFY(call(QStringLiteral("GetInputMute"), input).data.value(QStringLiteral("inputMuted")).toBool());
    QTRY_VERIFY(!events(QStringLiteral("InputMuteStateChanged")).isEmpty());
    QCOMPARE(
        events(QStringLiteral("InputMuteStateChanged")).last().value(QStringLiteral("inputName")).toString(),
        kCamera);
    QVERIFY(
        events(QStringLiteral("InputMuteStateChanged")).last().value(QStringLiteral("inputMuted")).toBool());
    const RemoteResponse toggled = call(QStringLiteral("ToggleInputMute"), input);
    QVERIFY(toggled.ok());
    QVERIFY(!toggled.data.value(QStringLiteral("inputMuted")).toBool());
    QVERIFY(!obs_source_muted(camera));

    QJsonObject volume = input;
    volume.insert(QStringLiteral("inputVolumeDb"), -6.0);
    QVERIFY(call(QStringLiteral("SetInputVolume"), volume).ok());
    QVERIFY(qAbs(obs_source_get_volume(camera) - 0.501) < 0.01);
    const RemoteResponse read = call(QStringLiteral("GetInputVolume"), input);
    QVERIFY(qAbs(read.data.value(QStringLiteral("inputVolumeDb")).toDouble() + 6.0) < 0.01);
    QVERIFY(qAbs(read.data.value(QStringLiteral("inputVolumeMul")).toDouble() - 0.501) < 0.01);
    QTRY_VERIFY(!events(QStringLiteral("InputVolumeChanged")).isEmpty());
    volume = input;
    volume.insert(QStringLiteral("inputVolumeMul"), 1.0);
    QVERIFY(call(QStringLiteral("SetInputVolume"), volume).ok());
    QVERIFY(qAbs(obs_source_get_volume(camera) - 1.0) < 0.001);
    volume.insert(QStringLiteral("inputVolumeMul"), 5.0);
    QCOMPARE(call(QStringLiteral("SetInputVolume"), volume).code, int(RequestStatus::RequestFieldOutOfRange));
    QCOMPARE(call(QStringLiteral("SetInputVolume"), input).code, int(RequestStatus::MissingRequestField));

    QCOMPARE(call(QStringLiteral("GetInputMute")).code, int(RequestStatus::MissingRequestField));
    QCOMPARE(
        call(QStringLiteral("GetInputMute"), {{QStringLiteral("inputName"), QStringLiteral("Micro 7")}}).code,
        int(RequestStatus::ResourceNotFound));
    QCOMPARE(
        call(QStringLiteral("GetInputMute"), {{QStringLiteral("inputName"), QStringLiteral("Bandeau")}}).code,
        int(RequestStatus::InvalidResourceState)); // a colour makes no sound
}

void ShowRemoteApiTest::publicFeedSaysOnlyWhatViewersSee()
{
    QSignalSpy changed(m_feed.get(), &PublicFeed::changed);
    const quint64 seq = m_feed->seq();
    // A pin and a promo in the same turn: one state.
    QVERIFY(vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), kGrinder}}).ok());
    QVERIFY(vendor(QStringLiteral("StartPromo"), {{QStringLiteral("code"), QStringLiteral("LIVE10")}}).ok());
    QCOMPARE(changed.size(), 0);
    QTRY_COMPARE(changed.size(), 1);
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);
    QJsonObject state = changed.at(0).at(0).toJsonObject();
    QCOMPARE(state, m_feed->state());
    QCOMPARE(quint64(state.value(QStringLiteral("seq")).toInteger()), seq + 1);
    QVERIFY(QDateTime::fromString(state.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(state.value(QStringLiteral("title")).toString(), m_show->store().document().title);
    const QJsonObject pinned = state.value(QStringLiteral("pinned")).toObject();
    QCOMPARE(pinned.value(QStringLiteral("sku")).toString(), kGrinder);
    QCOMPARE(pinned.value(QStringLiteral("title")).toString(), QStringLiteral("Moulin à café Artisan"));
    QCOMPARE(pinned.value(QStringLiteral("price")).toString(), QStringLiteral("89.90"));
    QCOMPARE(pinned.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(pinned.value(QStringLiteral("compareAtPrice")).toString(), QStringLiteral("109.00"));
    QCOMPARE(pinned.value(QStringLiteral("image")).toString(), QStringLiteral("/images/grinder.png"));
    QCOMPARE(pinned.value(QStringLiteral("stockLevel")).toString(), QStringLiteral("in-stock"));
    QVERIFY(!pinned.contains(QStringLiteral("left"))); // 24 in stock: the card says nothing, neither do we
    QVERIFY(!pinned.contains(QStringLiteral("stock")));
    const QStringList publicKeys{
        QStringLiteral("sku"),        QStringLiteral("title"),          QStringLiteral("price"),
        QStringLiteral("currency"),   QStringLiteral("compareAtPrice"), QStringLiteral("image"),
        QStringLiteral("stockLevel"), QStringLiteral("left"),           QStringLiteral("link"),
        QStringLiteral("claimCode")};
    for (const QString& key : pinned.keys())
        QVERIFY2(publicKeys.contains(key), qPrintable(key));
    for (const QString& key : state.keys())
        QVERIFY2(QStringList({QStringLiteral("seq"), QStringLiteral("updatedAt"), QStringLiteral("title"),
                              QStringLiteral("pinned"), QStringLiteral("promo"), QStringLiteral("flashSale")})
                     .contains(key),
                 qPrintable(key));
    const QUrl link(pinned.value(QStringLiteral("link")).toString());
    QCOMPARE(link.host(), QStringLiteral("boutique.maison-moulin.example"));
    QVERIFY(link.query().contains(QLatin1String("utm_source=site")));
    QVERIFY(link.query().contains(QLatin1String("utm_campaign=demo-moulin-artisan")));
    const QJsonObject promo = state.value(QStringLiteral("promo")).toObject();
    QCOMPARE(promo.value(QStringLiteral("code")).toString(), QStringLiteral("LIVE10"));
    const QDateTime endsAt =
        QDateTime::fromString(promo.value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(endsAt.isValid());
    QCOMPARE(endsAt.timeSpec(), Qt::UTC);
    QVERIFY(endsAt > QDateTime::currentDateTimeUtc().addSecs(14 * 60));

    // Low stock: the card's "only 3 left", nothing more.
    QVERIFY(vendor(QStringLiteral("PinProduct"), {{QStringLiteral("sku"), kCoffee}}).ok());
    QTRY_COMPARE(changed.size(), 2);
    state = m_feed->state();
    QCOMPARE(state.value(QStringLiteral("pinned")).toObject().value(QStringLiteral("stockLevel")).toString(),
             QStringLiteral("low"));
    QCOMPARE(state.value(QStringLiteral("pinned")).toObject().value(QStringLiteral("left")).toInt(), 3);

    // Private things change: nothing is published, and nothing private is in the state.
    const QString secret = QStringLiteral("Ne pas dire: marge 62 %");
    QVERIFY(vendor(QStringLiteral("SetProducerNotes"), {{QStringLiteral("text"), secret}}).ok());
    QTest::qWait(50);
    QCOMPARE(changed.size(), 2);
    const QByteArray json = QJsonDocument(m_feed->state()).toJson(QJsonDocument::Compact);
    QVERIFY(!json.contains(secret.toUtf8()));
    QVERIFY(!json.contains("remotekey"));
    QVERIFY(!json.contains("\"stock\""));
    QVERIFY(!json.contains("127.0.0.1")); // the destination
    QVERIFY(!json.contains("pitch"));

    QVERIFY(vendor(QStringLiteral("SetProducerNotes"), {{QStringLiteral("text"), QString()}}).ok());
    m_show->live().endShow();
    QTRY_COMPARE(changed.size(), 3);
    QVERIFY(m_feed->state().value(QStringLiteral("pinned")).isNull());
    QVERIFY(m_feed->state().value(QStringLiteral("promo")).isNull());
    QVERIFY(m_feed->seq() > seq + 2);
}

void ShowRemoteApiTest::publicFeedServesOnlyProductImages()
{
    QByteArray type;
    const std::optional<QByteArray> grinder = m_feed->image(QStringLiteral("grinder.png"), &type);
    QVERIFY(grinder.has_value());
    QCOMPARE(type, QByteArray("image/png"));
    QFile original(m_dir.filePath(QStringLiteral("grinder.png")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(*grinder, original.readAll());

    // Another file of the folder, a way out of it, absolute paths: nothing.
    QVERIFY(!m_feed->image(QStringLiteral("demo.vitrine"), &type));
    QVERIFY(!m_feed->image(QStringLiteral("events.jsonl"), &type));
    QVERIFY(!m_feed->image(QStringLiteral("../grinder.png"), &type));
    QVERIFY(!m_feed->image(QStringLiteral("./../grinder.png"), &type));
    QVERIFY(!m_feed->image(QStringLiteral("x/../../grinder.png"), &type));
    QVERIFY(!m_feed->image(m_dir.filePath(QStringLiteral("grinder.png")), &type));
    QVERIFY(!m_feed->image(QStringLiteral("/etc/passwd"), &type));
    QVERIFY(!m_feed->image(QString(), &type));
    QCOMPARE(PublicFeed::imageUrl(QStringLiteral("../secret.png")), QString());
    QCOMPARE(PublicFeed::imageUrl(QStringLiteral("https://cdn.example/a.jpg")),
             QStringLiteral("https://cdn.example/a.jpg"));
}

QTEST_MAIN(ShowRemoteApiTest)
#include "ShowRemoteApiTest.moc"
