#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcObs)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace vitrine {

// Routes libobs's log output (any thread) into the vitrine.obs Qt logging category while alive.
class ObsLogRouter {
public:
    ObsLogRouter();
    ~ObsLogRouter();
    ObsLogRouter(const ObsLogRouter&) = delete;
    ObsLogRouter& operator=(const ObsLogRouter&) = delete;
};

} // namespace vitrine
