#include "replay/LibavHandles.h"

#include <algorithm>

namespace vitrine::libav {

QString errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

bool addChapters(AVFormatContext* output, const QList<ReplayChapter>& chapters, qint64 offsetMs)
{
    if (chapters.isEmpty())
        return true;
    output->chapters = static_cast<AVChapter**>(av_calloc(chapters.size(), sizeof(AVChapter*)));
    if (!output->chapters)
        return false;
    for (const ReplayChapter& chapter : chapters) {
        auto* added = static_cast<AVChapter*>(av_mallocz(sizeof(AVChapter)));
        if (!added)
            return false;
        output->chapters[output->nb_chapters++] = added;
        added->id = output->nb_chapters;
        added->time_base = kMilliseconds;
        added->start = std::max<qint64>(0, chapter.startMs - offsetMs);
        added->end = std::max<qint64>(added->start, chapter.endMs - offsetMs);
        av_dict_set(&added->metadata, "title", chapter.title.toUtf8().constData(), 0);
    }
    return true;
}

} // namespace vitrine::libav
