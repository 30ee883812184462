#include "headless/CommandLine.h"

#include "chat/ChatConnectorFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace vitrine {
namespace {

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::CommandLine",
        "Vitrine Studio — a studio for live shopping shows.\n\n"
        "  vitrine [SHOW]                 open the studio window, on SHOW if given\n"
        "  vitrine --headless --show FILE [--stream rtmp://HOST[:PORT]/APP/KEY]...\n"
        "          [--stream rtmp://HOST[:PORT]/APP --stream-key-env NAME]...\n"
        "          [--stream-vertical URL [--stream-key-env NAME]]... [--stream-service SERVICE]\n"
        "          [--record OUT.mkv] [--record-vertical OUT.mkv] [--duration SECONDS]\n"
        "          [--chat PLATFORM:TARGET[@ENDPOINT]]... [--chat-log OUT.jsonl] [--claims-csv OUT.csv]\n"
        "          [--actions ACTIONS.jsonl] [--event-log EVENTS.jsonl] [--remote-port PORT]\n"
        "                                 run a show without a window (automation, tests, benchmarks)\n"
        "  vitrine catalogue import FEED|URL --into SHOW.vitrine\n"
        "                                 import or re-import a catalogue into a show (created if needed)\n"
        "  vitrine catalogue list SHOW.vitrine [--json]\n"
        "                                 list a show's products and variants\n"
        "  vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]\n"
        "                                 make a recording's replay: MP4 with chapters, manifest, WebVTT\n"
        "  vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]\n"
        "                                 cut a clip per product chapter, with thumbnails, into OUT.clips/\n"
        "  vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] [--theme FILE.json]\n"
        "          [--at ISO-UTC] --out FILE.png\n"
        "                                 render one overlay as a transparent PNG (vitrine overlay render "
        "--help)\n"
        "  vitrine report SHOW.vitrine --orders ORDERS.csv [--live-window START/END] --out DIR\n"
        "                                 the show's figures from the shop's orders (Shopify CSV) and its "
        "event "
        "log:\n"
        "                                 DIR/figures.json, DIR/report.html, DIR/report.pdf\n\n"
        "Chat tokens come from the environment, never from a flag: VITRINE_TWITCH_TOKEN (optional; "
        "anonymous\n"
        "read-only without it), VITRINE_YOUTUBE_API_KEY or VITRINE_YOUTUBE_TOKEN, VITRINE_FACEBOOK_TOKEN.\n\n"
        "The headless runner still needs an X11 display (on a server: xvfb-run). It exits 0 when the run "
        "went\n"
        "as asked and prints the run's figures as key=value pairs on its last line of standard output:\n"
        "frames_rendered, frames_lagged, frames_skipped, frames_dropped, bytes_sent, cpu_seconds (whole "
        "process),\n"
        "run_cpu_seconds (while outputs ran), peak_rss_kib, duration_seconds, avg_render_ms, reconnects.\n"
        "One line per destination goes to standard error at the end: destination=N state=S reconnects=R "
        "dropped=D\n"
        "videoKbps=V audioKbps=A encoder=shared|own (own: its service takes less than the show streams).\n"
        "Errors go to standard error; fatal errors exit 2; a destination that ended failed while others "
        "carried on exits 1."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("vitrine::CommandLine", "Run the show without a window."));
    const QCommandLineOption showOption(
        QStringLiteral("show"), QCoreApplication::translate("vitrine::CommandLine", "The show file to run."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption streamOption(
        QStringLiteral("stream"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Stream the landscape canvas to an RTMP(S) ingest: "
                                    "rtmp://HOST[:PORT]/APP/KEY (repeatable: one destination each)."),
        QCoreApplication::translate("vitrine::CommandLine", "URL"));
    const QCommandLineOption streamVerticalOption(
        QStringLiteral("stream-vertical"),
        QCoreApplication::translate(
            "vitrine::CommandLine",
            "Stream the vertical 9:16 canvas to an RTMP(S) ingest (repeatable); a show "
            "without one gets a 720x1280 canvas derived from its scenes."),
        QCoreApplication::translate("vitrine::CommandLine", "URL"));
    const QCommandLineOption streamKeyEnvOption(
        QStringLiteral("stream-key-env"),
        QCoreApplication::translate(
            "vitrine::CommandLine",
            "Take the key of the --stream or --stream-vertical just before it from the "
            "environment variable NAME, so it stays out of the command line; that URL is "
            "then rtmp://HOST[:PORT]/APP."),
        QCoreApplication::translate("vitrine::CommandLine", "NAME"));
    const QCommandLineOption streamServiceOption(
        QStringLiteral("stream-service"),
        QCoreApplication::translate(
            "vitrine::CommandLine",
            "The streaming service (as OBS Studio names it: \"Facebook Live\", \"Twitch\") of the --stream "
            "or --stream-vertical just before it: a service that takes a lower bitrate than the show's gets "
            "an encoder of its own, fitted to its caps."),
        QCoreApplication::translate("vitrine::CommandLine", "SERVICE"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Record to a file (MKV recommended: recoverable after a crash)."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption recordVerticalOption(
        QStringLiteral("record-vertical"),
        QCoreApplication::translate("vitrine::CommandLine", "Record the vertical canvas to a file."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption reconnectTriesOption(
        QStringLiteral("reconnect-tries"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Tries before a destination that lost its server gives up (default 8; 0: "
                                    "never reconnect)."),
        QCoreApplication::translate("vitrine::CommandLine", "N"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Stop after SECONDS once outputs run (default: until Ctrl+C)."),
        QCoreApplication::translate("vitrine::CommandLine", "SECONDS"));
    const QCommandLineOption canvasOption(
        QStringLiteral("canvas"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Canvas size, e.g. 1280x720 or 1080x1920 (vertical)."),
        QCoreApplication::translate("vitrine::CommandLine", "WxH"));
    const QCommandLineOption fpsOption(
        QStringLiteral("fps"),
        QCoreApplication::translate("vitrine::CommandLine", "Frames per second (default 30)."),
        QCoreApplication::translate("vitrine::CommandLine", "N"));
    const QCommandLineOption bitrateOption(
        QStringLiteral("bitrate"),
        QCoreApplication::translate("vitrine::CommandLine", "Video bitrate in kbps (default 2500)."),
        QCoreApplication::translate("vitrine::CommandLine", "KBPS"));
    const QCommandLineOption chatOption(
        QStringLiteral("chat"),
        QCoreApplication::translate(
            "vitrine::CommandLine",
            "Attach a live chat (repeatable): a YouTube, Twitch or Facebook address as "
            "the browser shows it, or twitch:CHANNEL, youtube:LIVE_CHAT_ID, "
            "facebook:LIVE_VIDEO_ID or custom:NAME@ws://…; @URL replaces the "
            "platform's endpoint."),
        QCoreApplication::translate("vitrine::CommandLine", "PLATFORM:TARGET[@ENDPOINT]"));
    const QCommandLineOption chatLogOption(
        QStringLiteral("chat-log"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Write the merged chat as JSON Lines, one object per message as it "
                                    "arrives."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption claimsCsvOption(
        QStringLiteral("claims-csv"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Write the claims the chats made (SOLD A1 2, je prends…) as CSV when the "
                                    "run ends."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption actionsOption(
        QStringLiteral("actions"),
        QCoreApplication::translate(
            "vitrine::CommandLine",
            "Play a rehearsal script of timed producer actions (JSON Lines: pin, unpin, "
            "next, promo-start, promo-stop, scene, flash-start, flash-stop, highlight, "
            "highlight-clear, overlay, end-show), each recorded in the event log."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption eventLogOption(
        QStringLiteral("event-log"),
        QCoreApplication::translate("vitrine::CommandLine",
                                    "Write the show's event log there (default with --actions: "
                                    "SHOW.events.jsonl beside the show)."),
        QCoreApplication::translate("vitrine::CommandLine", "FILE"));
    const QCommandLineOption remotePortOption(
        QStringLiteral("remote-port"),
        QCoreApplication::translate(
            "vitrine::CommandLine",
            "Serve the producer remote (obs-websocket 5 API, /remote, /widget, /feed) "
            "on 127.0.0.1:PORT; its password is the environment variable "
            "VITRINE_REMOTE_PASSWORD (VITRINE_REMOTE_MODERATOR_PASSWORD: chat only)."),
        QCoreApplication::translate("vitrine::CommandLine", "PORT"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("vitrine::CommandLine", "Print libobs's own log."));
    parser.addOptions({headlessOption,       showOption,          streamOption,     streamVerticalOption,
                       streamKeyEnvOption,   streamServiceOption, recordOption,     recordVerticalOption,
                       reconnectTriesOption, durationOption,      canvasOption,     fpsOption,
                       bitrateOption,        chatOption,          chatLogOption,    claimsCsvOption,
                       actionsOption,        eventLogOption,      remotePortOption, verboseOption});
    parser.addPositionalArgument(
        QStringLiteral("show"),
        QCoreApplication::translate("vitrine::CommandLine", "The show to open in the studio window."),
        QCoreApplication::translate("vitrine::CommandLine", "[SHOW]"));
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = Mode::Version;
        return result;
    }
    result.verbose = parser.isSet(verboseOption);
    auto fail = [&result](const QString& message) {
        result.mode = Mode::Error;
        result.error = message;
        return result;
    };

    HeadlessOptions& options = result.headless;
    if (!parser.isSet(headlessOption)) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1)
            return fail(
                QCoreApplication::translate("vitrine::CommandLine", "only one show can be opened at a time"));
        result.showPath = parser.isSet(showOption) ? parser.value(showOption) : positional.value(0);
        for (const QCommandLineOption* headlessOnly :
             {&streamOption, &streamVerticalOption, &streamKeyEnvOption, &streamServiceOption, &recordOption,
              &recordVerticalOption, &reconnectTriesOption, &durationOption, &chatOption, &chatLogOption,
              &claimsCsvOption, &remotePortOption}) {
            if (parser.isSet(*headlessOnly))
                return fail(QCoreApplication::translate("vitrine::CommandLine", "--%1 needs --headless")
                                .arg(headlessOnly->names().constFirst()));
        }
    } else {
        result.mode = Mode::Headless;
        options.showPath = parser.value(showOption);
        if (options.showPath.isEmpty())
            options.showPath = parser.positionalArguments().value(0);
        if (options.showPath.isEmpty())
            return fail(
                QCoreApplication::translate("vitrine::CommandLine", "--headless needs a show: --show FILE"));
    }
    // optionNames() keeps the command line's order, so each --stream-key-env finds the stream before it.
    const QStringList streamUrls = parser.values(streamOption);
    const QStringList verticalUrls = parser.values(streamVerticalOption);
    const QStringList keyVariables = parser.values(streamKeyEnvOption);
    const QStringList services = parser.values(streamServiceOption);
    qsizetype servicesSeen = 0;
    qsizetype landscapeSeen = 0;
    qsizetype verticalSeen = 0;
    qsizetype keysSeen = 0;
    for (const QString& name : parser.optionNames()) {
        if (name == streamOption.names().constFirst()) {
            options.streams.append({streamUrls.value(landscapeSeen++), QString(), false});
        } else if (name == streamVerticalOption.names().constFirst()) {
            options.streams.append({verticalUrls.value(verticalSeen++), QString(), true});
        } else if (name == streamServiceOption.names().constFirst()) {
            if (options.streams.isEmpty() || !options.streams.constLast().service.isEmpty())
                return fail(QCoreApplication::translate(
                    "vitrine::CommandLine",
                    "--stream-service needs a --stream or --stream-vertical just before it"));
            options.streams.last().service = services.value(servicesSeen++).trimmed();
        } else if (name == streamKeyEnvOption.names().constFirst()) {
            const QString variable = keyVariables.value(keysSeen++);
            if (options.streams.isEmpty() || !options.streams.constLast().key.isEmpty())
                return fail(QCoreApplication::translate(
                    "vitrine::CommandLine",
                    "--stream-key-env needs a --stream or --stream-vertical just before it"));
            options.streams.last().key = qEnvironmentVariable(variable.toLocal8Bit().constData());
            if (options.streams.constLast().key.isEmpty())
                return fail(
                    QCoreApplication::translate("vitrine::CommandLine",
                                                "--stream-key-env: the environment variable %1 is not set or "
                                                "empty")
                        .arg(variable));
        }
    }
    options.recordPath = parser.value(recordOption);
    options.recordVerticalPath = parser.value(recordVerticalOption);
    if (parser.isSet(reconnectTriesOption)) {
        bool ok = false;
        options.reconnectTries = parser.value(reconnectTriesOption).toInt(&ok);
        if (!ok || options.reconnectTries < 0 || options.reconnectTries > 50)
            return fail(
                QCoreApplication::translate("vitrine::CommandLine",
                                            "--reconnect-tries needs a whole number from 0 to 50, not “%1”")
                    .arg(parser.value(reconnectTriesOption)));
    }
    if (parser.isSet(durationOption)) {
        bool ok = false;
        options.durationSeconds = parser.value(durationOption).toDouble(&ok);
        if (!ok || options.durationSeconds <= 0)
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "--duration needs a positive number of seconds, not “%1”")
                            .arg(parser.value(durationOption)));
    }
    if (parser.isSet(canvasOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d+)[xX×](\\d+)$"));
        const QRegularExpressionMatch match = sizePattern.match(parser.value(canvasOption));
        if (!match.hasMatch())
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "--canvas needs WIDTHxHEIGHT, e.g. 1280x720, not “%1”")
                            .arg(parser.value(canvasOption)));
        VideoSettings size;
        size.width = match.captured(1).toInt();
        size.height = match.captured(2).toInt();
        if (!size.isValid())
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "invalid canvas %1×%2 (sizes must be even, at least 16)")
                            .arg(size.width)
                            .arg(size.height));
        options.overrides.canvas.width = size.width;
        options.overrides.canvas.height = size.height;
    }
    if (parser.isSet(fpsOption)) {
        bool ok = false;
        const int fps = parser.value(fpsOption).toInt(&ok);
        if (!ok || fps <= 0 || fps > 120)
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "--fps needs a whole number from 1 to 120, not “%1”")
                            .arg(parser.value(fpsOption)));
        options.overrides.canvas.fps = fps;
    }
    if (parser.isSet(bitrateOption)) {
        bool ok = false;
        const int kbps = parser.value(bitrateOption).toInt(&ok);
        options.overrides.videoBitrateKbps = kbps;
        if (!ok || kbps < 100 || kbps > 50000)
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "--bitrate needs kbps from 100 to 50000, not “%1”")
                            .arg(parser.value(bitrateOption)));
    }
    options.chatSpecs = parser.values(chatOption);
    for (const QString& spec : std::as_const(options.chatSpecs)) {
        ChatSpec parsed;
        QString error;
        if (!ChatSpec::parse(spec, &parsed, &error))
            return fail(error);
    }
    options.actionsPath = parser.value(actionsOption);
    options.eventLogPath = parser.value(eventLogOption);
    options.chatLogPath = parser.value(chatLogOption);
    if (!options.chatLogPath.isEmpty() && options.chatSpecs.isEmpty())
        return fail(
            QCoreApplication::translate("vitrine::CommandLine", "--chat-log needs at least one --chat"));
    if (parser.isSet(remotePortOption)) {
        bool ok = false;
        options.remotePort = parser.value(remotePortOption).toInt(&ok);
        if (!ok || options.remotePort < 1 || options.remotePort > 65535)
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "--remote-port needs a port from 1 to 65535, not “%1”")
                            .arg(parser.value(remotePortOption)));
        options.remotePassword = qEnvironmentVariable("VITRINE_REMOTE_PASSWORD");
        options.remoteModeratorPassword = qEnvironmentVariable("VITRINE_REMOTE_MODERATOR_PASSWORD");
        if (options.remotePassword.isEmpty())
            return fail(QCoreApplication::translate("vitrine::CommandLine",
                                                    "--remote-port needs its password in the environment "
                                                    "variable VITRINE_REMOTE_PASSWORD"));
    }
    options.claimsCsvPath = parser.value(claimsCsvOption);
    if (!options.claimsCsvPath.isEmpty() && options.chatSpecs.isEmpty())
        return fail(
            QCoreApplication::translate("vitrine::CommandLine", "--claims-csv needs at least one --chat"));
    return result;
}

} // namespace vitrine
