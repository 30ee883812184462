#!/usr/bin/env bash
# Installs dependencies, builds Vitrine Studio with warnings as errors and runs the test suite
# (every test but the bench and fuzz labels). Tests start their own Xvfb, nginx-rtmp and D-Bus peers.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVITRINE_WARNINGS_AS_ERRORS=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure --label-exclude 'bench|fuzz' "$@"
