#include "RecordingSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace vitrine {

QString RecordingSettings::defaultFolder()
{
    const QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    return movies.isEmpty() ? QDir::homePath() : movies;
}

QString RecordingSettings::formatKey(Format format)
{
    return format == Format::Mp4 ? QStringLiteral("mp4") : QStringLiteral("mkv");
}

RecordingSettings::Format RecordingSettings::formatFromKey(const QString& key)
{
    return key == u"mp4" ? Format::Mp4 : Format::Mkv;
}

RecordingSettings RecordingSettings::load()
{
    const QSettings settings;
    RecordingSettings r;
    const QString folder = settings.value(QStringLiteral("recording/folder")).toString();
    if (!folder.isEmpty())
        r.folder = folder;
    r.format = formatFromKey(settings.value(QStringLiteral("recording/format")).toString());
    return r;
}

void RecordingSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("recording/folder"), folder);
    settings.setValue(QStringLiteral("recording/format"), formatKey(format));
}

QString RecordingSettings::pathFor(const QDateTime& when) const
{
    return QDir(folder).filePath(
        QStringLiteral("vitrine-%1.%2").arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss")), extension()));
}

} // namespace vitrine
