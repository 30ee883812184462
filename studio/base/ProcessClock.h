#pragma once

#include <QtGlobal>

namespace vitrine {

// Milliseconds since this process started (from the kernel's start time, so it includes loading and Qt's
// start-up), or -1 where that cannot be read.
qint64 msSinceProcessStart();

} // namespace vitrine
