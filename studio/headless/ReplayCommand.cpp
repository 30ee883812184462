#include "headless/ReplayCommand.h"

#include "replay/ReplayFinisher.h"
#include "show/ShowDocument.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace vitrine {

bool ReplayCommand::matches(const QStringList& arguments)
{
    return arguments.value(1) == QLatin1String("replay");
}

int ReplayCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption eventsOption(QStringLiteral("events"), tr("The show's event log."),
                                          tr("EVENTS"));
    const QCommandLineOption showOption(
        QStringLiteral("show"), tr("The show (default: the one the event log belongs to)."), tr("SHOW"));
    const QCommandLineOption reencodeOption(
        QStringLiteral("reencode"),
        tr("Cut the clips exactly at each chapter (re-encoded to H.264, slower) instead of at keyframes."));
    parser.addOptions({eventsOption, showOption, reencodeOption});
    const QString usage =
        tr("usage: vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]\n"
           "       vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]");
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2))) {
        err << "vitrine: " << parser.errorText() << '\n' << usage << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if ((verb != QLatin1String("finish") && verb != QLatin1String("clips")) || positional.size() != 2 ||
        !parser.isSet(eventsOption)) {
        err << usage << Qt::endl;
        return 2;
    }
    const QString recording = QFileInfo(positional.at(1)).absoluteFilePath();
    const QString events = QFileInfo(parser.value(eventsOption)).absoluteFilePath();
    QString showPath = parser.value(showOption);
    const QLatin1String suffix(".events.jsonl");
    if (showPath.isEmpty() && events.endsWith(suffix) && QFileInfo::exists(events.chopped(suffix.size())))
        showPath = events.chopped(suffix.size());
    std::optional<ShowDocument> show;
    if (!showPath.isEmpty()) {
        QString error;
        show = ShowDocument::load(showPath, &error);
        if (!show) {
            err << "vitrine: " << error << Qt::endl;
            return 2;
        }
    }
    if (ReplayFiles::besides(recording).mp4 == recording) {
        err << "vitrine: " << tr("the recording is an MP4 already; a replay is made from the .mkv")
            << Qt::endl;
        return 2;
    }
    int lastPercent = -1;
    if (verb == QLatin1String("clips")) {
        const ReplayFinisher::Cut cut =
            parser.isSet(reencodeOption) ? ReplayFinisher::Cut::Exact : ReplayFinisher::Cut::Keyframes;
        const ReplayFinisher::Clips clips = ReplayFinisher::makeClips(
            recording, events, show ? &*show : nullptr, cut, [&err, &lastPercent](double fraction) {
                const int percent = static_cast<int>(fraction * 100);
                if (percent / 10 != lastPercent / 10)
                    err << tr("cutting: %1 %").arg(percent) << Qt::endl;
                lastPercent = percent;
                return true;
            });
        if (!clips.ok) {
            err << "vitrine: " << clips.error << Qt::endl;
            return 2;
        }
        out << "clips=" << clips.clips.size() << " thumbnails=" << clips.thumbnails.size()
            << " vertical=" << clips.verticalClips.size()
            << " folder=" << ReplayFiles::besides(recording).clips << Qt::endl;
        return 0;
    }
    const ReplayFinisher::Result result = ReplayFinisher::finish(
        recording, events, show ? &*show : nullptr, [&err, &lastPercent](double fraction) {
            const int percent = static_cast<int>(fraction * 100);
            if (percent / 10 != lastPercent / 10)
                err << tr("remuxing: %1 %").arg(percent) << Qt::endl;
            lastPercent = percent;
            return true;
        });
    if (!result.ok) {
        err << "vitrine: " << result.error << Qt::endl;
        return 2;
    }
    out << "replay=" << result.files.mp4 << " manifest=" << result.files.manifest
        << " chapters_vtt=" << result.files.vtt << " chapters=" << result.timeline.chapters.size()
        << " products=" << result.timeline.products.size() << Qt::endl;
    if (!result.timeline.foundRecording)
        err << "vitrine: "
            << tr("the event log has no recording.start; times are read from the start of the log")
            << Qt::endl;
    return 0;
}

} // namespace vitrine
