#pragma once

#include <QDateTime>
#include <QString>

namespace vitrine {

// Where and how Record writes: the user's choice, kept in QSettings (Settings › Recording) and read by the
// go-live bar each time a recording starts.
struct RecordingSettings {
    enum class Format { Mkv, Mp4 };

    QString folder = defaultFolder();
    // MKV keeps everything written so far readable if the studio stops unexpectedly; MP4 does not.
    Format format = Format::Mkv;

    static RecordingSettings load();
    void save() const;
    // The user's Videos folder, or home when the system has none.
    static QString defaultFolder();
    static QString formatKey(Format format);
    static Format formatFromKey(const QString& key);
    // "mkv" or "mp4".
    QString extension() const { return formatKey(format); }
    // The file a recording started at `when` goes to: <folder>/vitrine-yyyyMMdd-HHmmss.<extension>.
    QString pathFor(const QDateTime& when) const;

    bool operator==(const RecordingSettings&) const = default;
};

} // namespace vitrine
