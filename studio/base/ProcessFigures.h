#pragma once

namespace vitrine {

// CPU time (user + system) this process has used so far, in seconds.
double processCpuSeconds();
// The most resident memory this process has used, in KiB.
long processPeakRssKib();

} // namespace vitrine
