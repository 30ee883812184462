// The resolution and frame rate read from, and written into, a GStreamer source's pipeline text: what the
// friendly "Resolution" and "Frame rate" fields of its properties stand on.
#include "engine/PipelineVideoFormat.h"

#include <QTest>

using namespace vitrine;

class PipelineVideoFormatTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheLastRawVideoCaps()
    {
        PipelineVideoFormat format = PipelineVideoFormat::read(QStringLiteral(
            "videotestsrc is-live=true pattern=smpte ! video/x-raw,width=1280,height=720,framerate=30/1"));
        QCOMPARE(format, (PipelineVideoFormat{1280, 720, 30, 1}));
        format = PipelineVideoFormat::read(QStringLiteral(
            "v4l2src device=/dev/video0 ! video/x-raw, width=(int)640, height=(int)480 ! videoconvert ! "
            "video/x-raw,format=I420,framerate=(fraction)30000/1001"));
        QCOMPARE(format, (PipelineVideoFormat{0, 0, 30000, 1001}));
        // A "!" inside quotes is not a link.
        format = PipelineVideoFormat::read(QStringLiteral(
            "filesrc location=\"a ! video/x-raw,width=1\" ! decodebin ! video/x-raw,width=854,height=480"));
        QCOMPARE(format, (PipelineVideoFormat{854, 480, 0, 1}));
        QCOMPARE(PipelineVideoFormat::read(QStringLiteral("videotestsrc is-live=true")),
                 PipelineVideoFormat());
        QCOMPARE(PipelineVideoFormat::read(QString()), PipelineVideoFormat());
    }

    void writesTheSizeAndRateKeepingTheRest()
    {
        const PipelineVideoFormat small{640, 360, 25, 1};
        QCOMPARE(
            small.applyTo(QStringLiteral("videotestsrc is-live=true pattern=smpte ! "
                                         "video/x-raw,width=1280,height=720,framerate=30/1")),
            QStringLiteral(
                "videotestsrc is-live=true pattern=smpte ! video/x-raw,width=640,height=360,framerate=25/1"));
        QCOMPARE(
            small.applyTo(QStringLiteral("v4l2src ! video/x-raw,format=YUY2 ! queue")),
            QStringLiteral("v4l2src ! video/x-raw,format=YUY2,width=640,height=360,framerate=25/1 ! queue"));
        // No caps yet: they are appended.
        QCOMPARE(
            small.applyTo(QStringLiteral("videotestsrc is-live=true ")),
            QStringLiteral("videotestsrc is-live=true ! video/x-raw,width=640,height=360,framerate=25/1"));
        // Only what is set is written.
        const PipelineVideoFormat rateOnly{0, 0, 60, 1};
        QCOMPARE(rateOnly.applyTo(QStringLiteral("videotestsrc ! video/x-raw,width=1280,height=720")),
                 QStringLiteral("videotestsrc ! video/x-raw,width=1280,height=720,framerate=60/1"));
        QCOMPARE(PipelineVideoFormat().applyTo(QStringLiteral("videotestsrc")),
                 QStringLiteral("videotestsrc"));
        // What is written reads back the same.
        const QString written = small.applyTo(QStringLiteral("videotestsrc"));
        QCOMPARE(PipelineVideoFormat::read(written), small);
    }
};

QTEST_GUILESS_MAIN(PipelineVideoFormatTest)
#include "PipelineVideoFormatTest.moc"
