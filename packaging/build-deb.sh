#!/usr/bin/env bash
# Builds the Debian package of Vitrine Studio (build/vitrine-studio_VERSION_ARCH.deb).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
cmake --build build -j"$(nproc)"
(cd build && cpack -G DEB)
ls -1 build/*.deb
