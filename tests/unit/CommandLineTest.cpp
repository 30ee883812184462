#include "headless/CommandLine.h"
#include "output/RtmpService.h"

#include <QTest>

using namespace vitrine;

class CommandLineTest : public QObject {
    Q_OBJECT

private:
    static CommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("vitrine"));
        return CommandLine::parse(args);
    }

private Q_SLOTS:
    void windowModeTakesAnOptionalShow()
    {
        QCOMPARE(parse({}).mode, CommandLine::Mode::Window);
        const CommandLine line = parse({QStringLiteral("my.vitrine")});
        QCOMPARE(line.mode, CommandLine::Mode::Window);
        QCOMPARE(line.showPath, QStringLiteral("my.vitrine"));
    }

    void windowTakesTheRunsOverridesAndRehearsal()
    {
        const CommandLine line =
            parse({QStringLiteral("my.vitrine"), QStringLiteral("--canvas"), QStringLiteral("1920x1080"),
                   QStringLiteral("--fps"), QStringLiteral("60"), QStringLiteral("--bitrate"),
                   QStringLiteral("6000"), QStringLiteral("--actions"), QStringLiteral("a.jsonl"),
                   QStringLiteral("--event-log"), QStringLiteral("e.jsonl")});
        QCOMPARE(line.mode, CommandLine::Mode::Window);
        QCOMPARE(line.showPath, QStringLiteral("my.vitrine"));
        QCOMPARE(line.headless.overrides.canvas.applyTo(VideoSettings{1280, 720, 30}),
                 (VideoSettings{1920, 1080, 60}));
        QCOMPARE(line.headless.overrides.videoBitrateKbps, 6000);
        QCOMPARE(line.headless.actionsPath, QStringLiteral("a.jsonl"));
        QCOMPARE(line.headless.eventLogPath, QStringLiteral("e.jsonl"));
        // What only a window-less run does is refused, not silently ignored.
        const CommandLine streaming = parse({QStringLiteral("my.vitrine"), QStringLiteral("--stream"),
                                             QStringLiteral("rtmp://127.0.0.1/a/k")});
        QCOMPARE(streaming.mode, CommandLine::Mode::Error);
        QVERIFY2(streaming.error.contains(QStringLiteral("--stream needs --headless")),
                 qPrintable(streaming.error));
    }

    void headlessContract()
    {
        const CommandLine line =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s.vitrine"),
                   QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1:1935/live/key"),
                   QStringLiteral("--record"), QStringLiteral("out.mkv"), QStringLiteral("--duration"),
                   QStringLiteral("12.5"), QStringLiteral("--canvas"), QStringLiteral("1080x1920"),
                   QStringLiteral("--fps"), QStringLiteral("60"), QStringLiteral("--bitrate"),
                   QStringLiteral("4000")});
        QCOMPARE(line.mode, CommandLine::Mode::Headless);
        QCOMPARE(line.headless.showPath, QStringLiteral("s.vitrine"));
        QCOMPARE(line.headless.streams.size(), 1);
        QCOMPARE(line.headless.streams.constFirst().url, QStringLiteral("rtmp://127.0.0.1:1935/live/key"));
        QVERIFY(!line.headless.streams.constFirst().vertical);
        QCOMPARE(line.headless.recordPath, QStringLiteral("out.mkv"));
        QCOMPARE(line.headless.durationSeconds, 12.5);
        QCOMPARE(line.headless.overrides.canvas.applyTo(VideoSettings{640, 480, 25}),
                 (VideoSettings{1080, 1920, 60}));
        QCOMPARE(line.headless.overrides.videoBitrateKbps, 4000);
    }

    void defaultsMatchTheContract()
    {
        const CommandLine line =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s")});
        QVERIFY(line.headless.overrides.canvas.isEmpty());
        QVERIFY(!line.headless.overrides.videoBitrateKbps); // the show's, else the encoders' defaults
        const EncoderSettings defaults;
        QCOMPARE(defaults.videoBitrateKbps, 2500);
        QCOMPARE(defaults.audioBitrateKbps, 160);
        QCOMPARE(defaults.keyframeIntervalSeconds, 2);
        QCOMPARE(line.headless.durationSeconds, 0.0);
    }

    void canvasSizeKeepsTheShowsFrameRate()
    {
        const CommandLine line =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s"),
                   QStringLiteral("--canvas"), QStringLiteral("1080x1920")});
        QCOMPARE(line.headless.overrides.canvas.applyTo(VideoSettings{1280, 720, 25}),
                 (VideoSettings{1080, 1920, 25}));
    }

    void badValuesAreErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList base{QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s")};
        QTest::newRow("no show") << QStringList{QStringLiteral("--headless")} << QStringLiteral("--show");
        QTest::newRow("duration") << (base +
                                      QStringList{QStringLiteral("--duration"), QStringLiteral("soon")})
                                  << QStringLiteral("--duration");
        QTest::newRow("negative duration")
            << (base + QStringList{QStringLiteral("--duration"), QStringLiteral("-3")})
            << QStringLiteral("--duration");
        QTest::newRow("canvas") << (base + QStringList{QStringLiteral("--canvas"), QStringLiteral("big")})
                                << QStringLiteral("--canvas");
        QTest::newRow("odd canvas") << (base +
                                        QStringList{QStringLiteral("--canvas"), QStringLiteral("1281x720")})
                                    << QStringLiteral("1281");
        QTest::newRow("fps") << (base + QStringList{QStringLiteral("--fps"), QStringLiteral("0")})
                             << QStringLiteral("--fps");
        QTest::newRow("bitrate") << (base + QStringList{QStringLiteral("--bitrate"), QStringLiteral("x")})
                                 << QStringLiteral("--bitrate");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }

    void badValuesAreErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CommandLine line = parse(args);
        QCOMPARE(line.mode, CommandLine::Mode::Error);
        QVERIFY2(line.error.contains(expected), qPrintable(line.error));
    }

    void helpDocumentsTheRunner()
    {
        const CommandLine line = parse({QStringLiteral("--help")});
        QCOMPARE(line.mode, CommandLine::Mode::Help);
        for (const char* word :
             {"--headless", "--stream", "--record", "--duration", "xvfb-run", "frames_lagged"})
            QVERIFY2(line.helpText.contains(QLatin1String(word)), word);
    }

    void splitsRtmpUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");
        QTest::newRow("port") << QStringLiteral("rtmp://127.0.0.1:1935/live/abc")
                              << QStringLiteral("rtmp://127.0.0.1:1935/live") << QStringLiteral("abc");
        QTest::newRow("no port") << QStringLiteral("rtmp://host.example/app/k-1")
                                 << QStringLiteral("rtmp://host.example/app") << QStringLiteral("k-1");
        QTest::newRow("rtmps nested app") << QStringLiteral("rtmps://h:443/a/b/key")
                                          << QStringLiteral("rtmps://h:443/a/b") << QStringLiteral("key");
        QTest::newRow("query in key") << QStringLiteral("rtmp://h/app/key?token=1")
                                      << QStringLiteral("rtmp://h/app") << QStringLiteral("key?token=1");
    }

    void splitsRtmpUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, server);
        QFETCH(QString, key);
        RtmpTarget target;
        QString error;
        QVERIFY2(parseRtmpUrl(url, &target, &error), qPrintable(error));
        QCOMPARE(target.server, server);
        QCOMPARE(target.key, key);
    }

    // --chat and --chat-log (the specs themselves are checked by the chat parsers test).
    void commandLineChatOptions()
    {
        const CommandLine ok = CommandLine::parse(
            {"vitrine", "--headless", "--show", "s.vitrine", "--chat", "twitch:maisonmoulin@ws://127.0.0.1:1",
             "--chat", "youtube:CHAT@http://127.0.0.1:2", "--chat-log", "out.jsonl", "--duration", "3"});
        QCOMPARE(ok.mode, CommandLine::Mode::Headless);
        QCOMPARE(ok.headless.chatSpecs,
                 (QStringList{"twitch:maisonmoulin@ws://127.0.0.1:1", "youtube:CHAT@http://127.0.0.1:2"}));
        QCOMPARE(ok.headless.chatLogPath, QStringLiteral("out.jsonl"));

        const CommandLine bad =
            CommandLine::parse({"vitrine", "--headless", "--show", "s.vitrine", "--chat", "nope:x"});
        QCOMPARE(bad.mode, CommandLine::Mode::Error);
        QVERIFY2(bad.error.contains(QStringLiteral("unknown platform")), qPrintable(bad.error));
        const CommandLine logOnly =
            CommandLine::parse({"vitrine", "--headless", "--show", "s.vitrine", "--chat-log", "x.jsonl"});
        QCOMPARE(logOnly.mode, CommandLine::Mode::Error);
        QVERIFY(logOnly.error.contains(QStringLiteral("--chat")));
    }

    void streamKeyFromTheEnvironment()
    {
        qputenv("VITRINE_TEST_STREAM_KEY", "live_8d1c-secret");
        const CommandLine line =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s.vitrine"),
                   QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1:1935/live"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("VITRINE_TEST_STREAM_KEY")});
        QCOMPARE(line.mode, CommandLine::Mode::Headless);
        QCOMPARE(line.headless.streams.size(), 1);
        const StreamTarget stream = line.headless.streams.constFirst();
        QCOMPARE(stream.url, QStringLiteral("rtmp://127.0.0.1:1935/live"));
        QCOMPARE(stream.key, QStringLiteral("live_8d1c-secret"));
        RtmpTarget target;
        QString error;
        QVERIFY2(parseRtmpServer(stream.url, stream.key, &target, &error), qPrintable(error));
        QCOMPARE(target.server, QStringLiteral("rtmp://127.0.0.1:1935/live"));
        QCOMPARE(target.key, QStringLiteral("live_8d1c-secret"));
        QVERIFY(
            !parseRtmpServer(QStringLiteral("rtmp://127.0.0.1:1935"), QStringLiteral("k"), &target, &error));
        QVERIFY(
            !parseRtmpServer(QStringLiteral("http://127.0.0.1/live"), QStringLiteral("k"), &target, &error));

        // An unset variable, a missing --stream: refused, and the message never holds a key.
        qunsetenv("VITRINE_TEST_STREAM_KEY");
        const CommandLine unset =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s.vitrine"),
                   QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1:1935/live"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("VITRINE_TEST_STREAM_KEY")});
        QCOMPARE(unset.mode, CommandLine::Mode::Error);
        QVERIFY2(unset.error.contains(QStringLiteral("VITRINE_TEST_STREAM_KEY")), qPrintable(unset.error));
        const CommandLine noStream =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s.vitrine"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("HOME")});
        QCOMPARE(noStream.mode, CommandLine::Mode::Error);
        QVERIFY2(noStream.error.contains(QStringLiteral("--stream")), qPrintable(noStream.error));
    }

    void repeatedStreamsKeepTheirOrderAndKeys()
    {
        qputenv("VITRINE_TEST_KEY_A", "key-a-1");
        qputenv("VITRINE_TEST_KEY_V", "key-v-2");
        const CommandLine line =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s.vitrine"),
                   QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1:1935/live"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("VITRINE_TEST_KEY_A"),
                   QStringLiteral("--stream-vertical"), QStringLiteral("rtmp://127.0.0.1:1936/live"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("VITRINE_TEST_KEY_V"),
                   QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1:1937/live/inline"),
                   QStringLiteral("--record-vertical"), QStringLiteral("v.mkv")});
        QCOMPARE(line.mode, CommandLine::Mode::Headless);
        const QList<StreamTarget>& streams = line.headless.streams;
        QCOMPARE(streams.size(), 3);
        QCOMPARE(streams[0].url, QStringLiteral("rtmp://127.0.0.1:1935/live"));
        QCOMPARE(streams[0].key, QStringLiteral("key-a-1"));
        QVERIFY(!streams[0].vertical);
        QCOMPARE(streams[1].url, QStringLiteral("rtmp://127.0.0.1:1936/live"));
        QCOMPARE(streams[1].key, QStringLiteral("key-v-2"));
        QVERIFY(streams[1].vertical);
        QCOMPARE(streams[2].url, QStringLiteral("rtmp://127.0.0.1:1937/live/inline"));
        QVERIFY(streams[2].key.isEmpty());
        QVERIFY(!streams[2].vertical);
        QCOMPARE(line.headless.recordVerticalPath, QStringLiteral("v.mkv"));

        // Two keys for one stream: the second has no stream just before it.
        const CommandLine twice =
            parse({QStringLiteral("--headless"), QStringLiteral("--show"), QStringLiteral("s.vitrine"),
                   QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1:1935/live"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("VITRINE_TEST_KEY_A"),
                   QStringLiteral("--stream-key-env"), QStringLiteral("VITRINE_TEST_KEY_V")});
        QCOMPARE(twice.mode, CommandLine::Mode::Error);
        QVERIFY2(twice.error.contains(QStringLiteral("just before")), qPrintable(twice.error));
        QVERIFY(!twice.error.contains(QStringLiteral("key-a-1")) &&
                !twice.error.contains(QStringLiteral("key-v-2")));
        qunsetenv("VITRINE_TEST_KEY_A");
        qunsetenv("VITRINE_TEST_KEY_V");
    }

    void refusesMalformedRtmpUrls()
    {
        for (const char* url : {"http://127.0.0.1/live/key", "rtmp://", "rtmp://127.0.0.1:1935/onlyapp",
                                "not a url", "rtmp:///live/key"}) {
            RtmpTarget target;
            QString error;
            QVERIFY2(!parseRtmpUrl(QString::fromLatin1(url), &target, &error), url);
            QVERIFY2(error.contains(QStringLiteral("rtmp://HOST")), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
