// The producer remote on a headless run (no program switcher: scenes cut, no studio mode): scene requests and
// their events go through LiveShow::takeScene as the rehearsal script's do, and studio mode and transitions
// are refused with a comment rather than faked.
#include "remote/ShowRemoteApi.h"
#include "runtime/LiveShow.h"
#include "scene/SceneGraph.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"

#include <QFile>
#include <QJsonArray>
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

} // namespace

class ShowRemoteApiHeadlessTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scenesCutAndAnnounceTheSwitch();
    void studioModeAndTransitionsAreRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Display, DisplayCloser> m_display;
    std::unique_ptr<LiveShow> m_show;
    std::unique_ptr<ShowRemoteApi> m_api;
};

void ShowRemoteApiHeadlessTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString demo = QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/");
    for (const char* name : {"demo.vitrine", "grinder.png"})
        QVERIFY(QFile::copy(demo + QLatin1String(name), m_dir.filePath(QLatin1String(name))));
    m_display.reset(XOpenDisplay(nullptr));
    QVERIFY2(m_display, "no X11 display (run under with-xvfb.sh)");
    LiveShow::Options options;
    options.nativeDisplay = m_display.get();
    options.trackSession = false;
    options.eventLogPath = m_dir.filePath(QStringLiteral("events.jsonl"));
    m_show = std::make_unique<LiveShow>();
    QString error;
    QVERIFY2(m_show->open(m_dir.filePath(QStringLiteral("demo.vitrine")), options, &error),
             qPrintable(error));
    QVERIFY(m_show->studio().switcher() == nullptr);
    m_api = std::make_unique<ShowRemoteApi>(*m_show);
}

void ShowRemoteApiHeadlessTest::cleanupTestCase()
{
    m_api.reset();
    m_show.reset();
}

void ShowRemoteApiHeadlessTest::scenesCutAndAnnounceTheSwitch()
{
    const QString product = QStringLiteral("Produit plein écran");
    QSignalSpy events(m_api.get(), &RemoteApi::eventOccurred);
    const RemoteResponse list = m_api->handle(QStringLiteral("GetSceneList"), {}, RemoteRole::Producer);
    QVERIFY(list.ok());
    QCOMPARE(list.data.value(QStringLiteral("currentProgramSceneName")).toString(),
             QStringLiteral("Démo en direct"));
    QVERIFY(list.data.value(QStringLiteral("currentPreviewSceneName")).isNull());
    QCOMPARE(list.data.value(QStringLiteral("scenes")).toArray().size(), 2);

    QVERIFY(m_api
                ->handle(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), product}},
                         RemoteRole::Producer)
                .ok());
    QCOMPARE(m_show->studio().scenes().programScene(), product);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("CurrentProgramSceneChanged"));
    QCOMPARE(events.at(0).at(2).toJsonObject().value(QStringLiteral("sceneName")).toString(), product);
    const QList<QJsonObject> log = EventLog::read(m_dir.filePath(QStringLiteral("events.jsonl")));
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().value(QStringLiteral("type")).toString(), QStringLiteral("scene.switch"));
    QCOMPARE(log.last().value(QStringLiteral("scene")).toString(), product);
}

void ShowRemoteApiHeadlessTest::studioModeAndTransitionsAreRefused()
{
    const auto call = [this](const char* type, const QJsonObject& data = {}) {
        return m_api->handle(QLatin1String(type), data, RemoteRole::Producer);
    };
    QVERIFY(!call("GetStudioModeEnabled").data.value(QStringLiteral("studioModeEnabled")).toBool());
    const RemoteResponse on = call("SetStudioModeEnabled", {{QStringLiteral("studioModeEnabled"), true}});
    QCOMPARE(on.code, int(RequestStatus::RequestProcessingFailed));
    QVERIFY(on.comment.contains(QLatin1String("studio mode")));
    QVERIFY(call("SetStudioModeEnabled", {{QStringLiteral("studioModeEnabled"), false}}).ok());
    QCOMPARE(call("GetCurrentPreviewScene").code, int(RequestStatus::StudioModeNotActive));
    QCOMPARE(call("TriggerStudioModeTransition").code, int(RequestStatus::StudioModeNotActive));
    QVERIFY(call("GetSceneTransitionList").data.value(QStringLiteral("transitions")).toArray().isEmpty());
    const RemoteResponse transition =
        call("SetCurrentSceneTransition", {{QStringLiteral("transitionName"), QStringLiteral("Fade")}});
    QCOMPARE(transition.code, int(RequestStatus::InvalidResourceState));
    QVERIFY(!transition.comment.isEmpty());
}

QTEST_MAIN(ShowRemoteApiHeadlessTest)
#include "ShowRemoteApiHeadlessTest.moc"
