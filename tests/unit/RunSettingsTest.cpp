// The one rule for what a run applies (issue 10): canvas and fps the show's; encoder, preset and bitrate the
// user's unless the show sets them; the command line wins; headless runs pass no preferences.
#include "runtime/RunSettings.h"

#include <QTest>

using namespace vitrine;

class RunSettingsTest : public QObject {
    Q_OBJECT

private:
    static ShowDocument show()
    {
        ShowDocument document = ShowDocument::blank(QStringLiteral("Test"));
        document.canvas = VideoSettings{1080, 1920, 25};
        return document;
    }
    static EncoderSettings preferences()
    {
        EncoderSettings user;
        user.videoEncoder = QStringLiteral("ffmpeg_vaapi");
        user.videoBitrateKbps = 6000;
        user.x264Preset = QStringLiteral("faster");
        return user;
    }

private Q_SLOTS:
    void canvasIsTheShowsAndEncodingTheUsers()
    {
        const RunSettings run = resolveRunSettings(show(), preferences(), {});
        QCOMPARE(run.canvas, (VideoSettings{1080, 1920, 25}));
        QCOMPARE(run.encoders, preferences());
    }

    void showFixesWhatItSets()
    {
        ShowDocument document = show();
        document.output.videoBitrateKbps = 4500;
        document.output.x264Preset = QStringLiteral("veryfast");
        const RunSettings run = resolveRunSettings(document, preferences(), {});
        QCOMPARE(run.encoders.videoBitrateKbps, 4500);
        QCOMPARE(run.encoders.x264Preset, QStringLiteral("veryfast"));
        QCOMPARE(run.encoders.videoEncoder,
                 QStringLiteral("ffmpeg_vaapi")); // not set by the show: the user's
    }

    void commandLineWins()
    {
        ShowDocument document = show();
        document.output.videoBitrateKbps = 4500;
        RunOverrides overrides;
        overrides.canvas.fps = 60;
        overrides.videoBitrateKbps = 3000;
        const RunSettings run = resolveRunSettings(document, preferences(), overrides);
        QCOMPARE(run.canvas, (VideoSettings{1080, 1920, 60}));
        QCOMPARE(run.encoders.videoBitrateKbps, 3000);
    }

    void headlessRunIgnoresTheUser()
    {
        const RunSettings run = resolveRunSettings(show(), std::nullopt, {});
        QCOMPARE(run.encoders, EncoderSettings{});
        QCOMPARE(run.canvas, show().canvas);
    }

    void showOutputSurvivesSaving()
    {
        ShowDocument document = show();
        document.output.videoBitrateKbps = 4500;
        QString error;
        const std::optional<ShowDocument> loaded =
            ShowDocument::fromJson(document.toJson(), QStringLiteral("test"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->output, document.output);
        QVERIFY(!ShowDocument::fromJson(show().toJson(), QStringLiteral("test"), &error)
                     ->output.videoBitrateKbps);
    }
};

QTEST_GUILESS_MAIN(RunSettingsTest)
#include "RunSettingsTest.moc"
