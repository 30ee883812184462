#include "LibraryVersions.h"

#include <obs.h>

#include <gst/gst.h>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <QtGlobal>

namespace vitrine {

QList<QPair<QString, QString>> libraryVersions()
{
    guint major = 0;
    guint minor = 0;
    guint micro = 0;
    guint nano = 0;
    gst_version(&major, &minor, &micro, &nano);
    const unsigned format = avformat_version();
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libobs"), QString::fromUtf8(obs_get_version_string())},
        {QStringLiteral("GStreamer"), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro)},
        {QStringLiteral("FFmpeg"), QStringLiteral("%1 (libavformat %2.%3.%4)")
                                       .arg(QString::fromUtf8(av_version_info()))
                                       .arg(AV_VERSION_MAJOR(format))
                                       .arg(AV_VERSION_MINOR(format))
                                       .arg(AV_VERSION_MICRO(format))},
    };
}

} // namespace vitrine
