#include "DemoShow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace vitrine {

QString demoShowPath()
{
    QString bundled = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                             QStringLiteral("vitrine/demo/demo.vitrine"));
    if (bundled.isEmpty())
        bundled = QStringLiteral(VITRINE_SOURCE_DEMO_SHOW);
    // The demo is opened as the user's own copy: autosave and imports must not write into the installed (or
    // source) files.
    const QDir copy(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                    QStringLiteral("/demo"));
    const QString copied = copy.filePath(QStringLiteral("demo.vitrine"));
    if (QFileInfo::exists(copied) || !QDir().mkpath(copy.path()))
        return QFileInfo::exists(copied) ? copied : bundled;
    const QDir source = QFileInfo(bundled).absoluteDir();
    for (const QString& name :
         source.entryList({QStringLiteral("*.vitrine"), QStringLiteral("*.png")}, QDir::Files))
        QFile::copy(source.filePath(name), copy.filePath(name));
    return QFileInfo::exists(copied) ? copied : bundled;
}

} // namespace vitrine
