#include "show/ShowDocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::ShowDocument", text);
}

// Turns a byte offset into "line L, column C" for people editing the file by hand.
QString describeOffset(const QByteArray& data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<ShowDocument> ShowDocument::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = tr("show file %1 does not exist").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read show file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

std::optional<ShowDocument> ShowDocument::fromJson(const QByteArray& data, const QString& fileLabel,
                                                   QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not a valid show file: %2 at %3")
                     .arg(fileLabel, parseError.errorString(), describeOffset(data, parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value(QStringLiteral("format")).toString() != u"vitrine-show") {
        *error = tr("%1 is not a Vitrine show file (no \"format\": \"vitrine-show\")").arg(fileLabel);
        return std::nullopt;
    }
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1) {
        *error = tr("%1 has no valid integer \"version\"").arg(fileLabel);
        return std::nullopt;
    }
    if (version > kFormatVersion) {
        *error =
            tr("%1 was written by a newer Vitrine (show format version %2; this version reads up to %3). "
               "Update Vitrine to open it.")
                .arg(fileLabel)
                .arg(version)
                .arg(kFormatVersion);
        return std::nullopt;
    }

    ShowDocument show;
    show.title = root.value(QStringLiteral("title")).toString();
    const QJsonObject canvas = root.value(QStringLiteral("canvas")).toObject();
    show.canvas.width = canvas.value(QStringLiteral("width")).toInt(show.canvas.width);
    show.canvas.height = canvas.value(QStringLiteral("height")).toInt(show.canvas.height);
    show.canvas.fps = canvas.value(QStringLiteral("fps")).toInt(show.canvas.fps);
    if (!show.canvas.isValid()) {
        *error = tr("%1: invalid canvas %2×%3 at %4 fps")
                     .arg(fileLabel)
                     .arg(show.canvas.width)
                     .arg(show.canvas.height)
                     .arg(show.canvas.fps);
        return std::nullopt;
    }
    QStringList problems;
    show.scenes = SceneCollection::fromJson(root, &problems);
    if (!problems.isEmpty()) {
        *error = tr("%1: %2").arg(fileLabel, problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return show;
}

QByteArray ShowDocument::toJson() const
{
    QJsonObject root = scenes.toJson();
    root.insert(QStringLiteral("format"), QStringLiteral("vitrine-show"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("title"), title);
    root.insert(QStringLiteral("canvas"), QJsonObject{{QStringLiteral("width"), canvas.width},
                                                      {QStringLiteral("height"), canvas.height},
                                                      {QStringLiteral("fps"), canvas.fps}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ShowDocument::save(const QString& path, QString* error) const
{
    QSaveFile file(path); // writes a temporary file, fsyncs it and renames it over path on commit
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write show file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = toJson();
    if (file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot save show file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace vitrine
