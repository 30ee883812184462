// The device layer: the system catalogue on a machine without cameras or sound cards (the real path, with the
// system's devices hidden from this process), and the camera watch driven through the interface by a stand-in
// catalogue (hot-plug).
#include "engine/DeviceCatalog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// "id (description), …" for a failure message.
QByteArray described(const QList<MediaDevice>& devices)
{
    QStringList names;
    for (const MediaDevice& device : devices)
        names.append(device.id + QStringLiteral(" (") + device.description + u')');
    return names.join(QStringLiteral(", ")).toUtf8();
}

} // namespace

class DeviceCatalogTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_empty;

private Q_SLOTS:
    void initTestCase()
    {
        // A machine without devices, whatever this one has: Qt Multimedia's GStreamer backend finds cameras
        // and microphones through GStreamer's device providers, so none are loaded (an empty plugin path and
        // a registry of this process's own), and no sound server answers. Set before Qt Multimedia starts.
        QVERIFY(m_empty.isValid());
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        qputenv("GST_PLUGIN_SYSTEM_PATH_1_0", QFile::encodeName(m_empty.path()));
        qputenv("GST_PLUGIN_PATH_1_0", QFile::encodeName(m_empty.path()));
        qputenv("GST_REGISTRY_1_0", QFile::encodeName(m_empty.filePath(QStringLiteral("registry.bin"))));
        qputenv("PULSE_SERVER",
                QFile::encodeName(QStringLiteral("unix:") + m_empty.filePath(QStringLiteral("none"))));
    }

    void systemCatalogueWithoutDevicesListsNothingAndDoesNotCrash()
    {
        SystemDeviceCatalog catalog;
        QSignalSpy camerasChanged(&catalog, &DeviceCatalog::camerasChanged);
        QSignalSpy microphonesChanged(&catalog, &DeviceCatalog::microphonesChanged);
        QVERIFY2(catalog.cameras().isEmpty(), described(catalog.cameras()).constData());
        QVERIFY2(catalog.microphones().isEmpty(), described(catalog.microphones()).constData());
        // Asking again (as the properties dialog does on every open) still lists nothing, and nothing was
        // "plugged" meanwhile.
        QTest::qWait(200);
        QVERIFY2(catalog.cameras().isEmpty(), described(catalog.cameras()).constData());
        QVERIFY2(catalog.microphones().isEmpty(), described(catalog.microphones()).constData());
        QCOMPARE(camerasChanged.count(), 0);
        QCOMPARE(microphonesChanged.count(), 0);

        // A camera watch over it reports every chosen camera as missing, and a source without a device as
        // nothing.
        CameraWatch watch(&catalog);
        QSignalSpy lost(&watch, &CameraWatch::cameraLost);
        watch.setCameras({{QStringLiteral("Caméra"), QStringLiteral("/dev/video0")},
                          {QStringLiteral("Pas encore choisie"), QString()}});
        QCOMPARE(lost.count(), 1);
        QCOMPARE(watch.missing(), QStringList{QStringLiteral("Caméra")});
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
