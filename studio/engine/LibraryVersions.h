#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace vitrine {

// The versions of the libraries the studio runs on, as loaded now (not as built against): what an About box
// and a bug report need.
QList<QPair<QString, QString>> libraryVersions();

} // namespace vitrine
