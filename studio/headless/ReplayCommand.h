#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace vitrine {

// The replay verb of the command line, for a recording made elsewhere or left by a crash:
//   vitrine replay finish OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine]
//   vitrine replay clips OUT.mkv --events EVENTS.jsonl [--show SHOW.vitrine] [--reencode]
// writes OUT.mp4 (chapters), OUT.replay.json and OUT.chapters.vtt beside OUT.mkv, which is kept. The show
// defaults to the one the event log belongs to. `clips` writes OUT.clips/: a clip per product chapter and a
// thumbnail per chapter (SHOW.vitrine.events.jsonl). Exit 0 when written, 2 when not.
class ReplayCommand {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ReplayCommand)

public:
    static bool matches(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace vitrine
