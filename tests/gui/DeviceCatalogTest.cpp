// The device layer: the system catalogue on a machine without cameras or sound cards (real path), and the
// camera watch driven through the interface by a stand-in catalogue (hot-plug).
#include "engine/DeviceCatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

namespace {

class FakeCatalog : public DeviceCatalog {
public:
    QList<MediaDevice> cams;
    QList<MediaDevice> cameras() const override { return cams; }
    QList<MediaDevice> microphones() const override { return {}; }
    void plug(const QList<MediaDevice>& now)
    {
        cams = now;
        Q_EMIT camerasChanged();
    }
};

} // namespace

class DeviceCatalogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void systemCatalogueWithoutDevicesListsNothingAndDoesNotCrash()
    {
        SystemDeviceCatalog catalog;
        const QList<MediaDevice> cameras = catalog.cameras();
        const QList<MediaDevice> microphones = catalog.microphones();
        qInfo("cameras: %lld, microphones: %lld", static_cast<long long>(cameras.size()),
              static_cast<long long>(microphones.size()));
        for (const MediaDevice& device : cameras + microphones)
            QVERIFY(!device.id.isEmpty());
    }

    void cameraUnpluggedMidShowIsReportedThenBack()
    {
        FakeCatalog catalog;
        catalog.cams = {{QStringLiteral("/dev/video0"), QStringLiteral("Webcam"), true}};
        CameraWatch watch(&catalog);
        QSignalSpy lost(&watch, &CameraWatch::cameraLost);
        QSignalSpy back(&watch, &CameraWatch::cameraBack);
        watch.setCameras({{QStringLiteral("Caméra"), QStringLiteral("/dev/video0")},
                          {QStringLiteral("Pas encore choisie"), QString()}});
        QCOMPARE(lost.count(), 0);
        catalog.plug({});
        QCOMPARE(lost.count(), 1);
        QCOMPARE(lost.first().first().toString(), QStringLiteral("Caméra"));
        QCOMPARE(watch.missing(), QStringList{QStringLiteral("Caméra")});
        catalog.plug({});
        QCOMPARE(lost.count(), 1); // said once
        catalog.plug({{QStringLiteral("/dev/video0"), QStringLiteral("Webcam"), true}});
        QCOMPARE(back.count(), 1);
        QVERIFY(watch.missing().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DeviceCatalogTest)
#include "DeviceCatalogTest.moc"
