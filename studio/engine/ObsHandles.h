#pragma once

// The project's RAII handles for libobs: obs.hpp's templates (OBSSource, OBSSourceAutoRelease, OBSScene,
// OBSSceneItem, OBSEncoder, OBSOutput, OBSService, OBSData, OBSSignal...), plus the few it does not provide.
#include <obs.hpp>

#include <memory>

namespace vitrine {

struct ObsViewDeleter {
    void operator()(obs_view_t* view) const { obs_view_destroy(view); }
};
using ObsViewPtr = std::unique_ptr<obs_view_t, ObsViewDeleter>;

// A view's own video output (obs_view_add2): removed with obs_view_remove, before the view is destroyed
// (declare it after the ObsViewPtr of the same view).
struct ObsViewVideoRemover {
    void operator()(obs_view_t* view) const { obs_view_remove(view); }
};
using ObsViewVideoPtr = std::unique_ptr<obs_view_t, ObsViewVideoRemover>;

struct ObsDisplayDeleter {
    void operator()(obs_display_t* display) const { obs_display_destroy(display); }
};
using ObsDisplayPtr = std::unique_ptr<obs_display_t, ObsDisplayDeleter>;

} // namespace vitrine
