#pragma once

#include <QString>

namespace vitrine {

// The bundled demo show, as the user's own copy (AppDataLocation/demo, made on first use with its images):
// the studio opens it when no show is given, and autosave never writes into installed or source files.
QString demoShowPath();

} // namespace vitrine
