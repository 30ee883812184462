#include "engine/ObsLog.h"

#include <obs.h>

#include <array>
#include <cstdio>

Q_LOGGING_CATEGORY(lcObs, "vitrine.obs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "vitrine.engine", QtInfoMsg)

namespace vitrine {
namespace {

// Runs on whichever libobs thread logs; Qt's logging is thread-safe.
void routeObsLog(int level, const char* format, va_list args, void*)
{
    std::array<char, 4096> line{};
    std::vsnprintf(line.data(), line.size(), format, args);
    switch (level) {
    case LOG_ERROR:
        qCCritical(lcObs, "%s", line.data());
        break;
    case LOG_WARNING:
        qCWarning(lcObs, "%s", line.data());
        break;
    case LOG_INFO:
        qCInfo(lcObs, "%s", line.data());
        break;
    default:
        qCDebug(lcObs, "%s", line.data());
        break;
    }
}

} // namespace

ObsLogRouter::ObsLogRouter()
{
    base_set_log_handler(routeObsLog, nullptr);
}

ObsLogRouter::~ObsLogRouter()
{
    base_set_log_handler(nullptr, nullptr);
}

} // namespace vitrine
