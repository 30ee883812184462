#!/usr/bin/env bash
# Installs dependencies, builds Vitrine Studio and opens the studio window on the bundled demo show.
# No camera, account or stream key is needed: the camera is a GStreamer test pattern, the sound a test tone,
# and "Record" writes an MKV to your Videos folder. The demo opens as your own copy (in ~/.local/share/Vitrine/vitrine/demo).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting the studio under xvfb-run (nothing will be visible)." >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- ./build/app/vitrine
fi
# Desktops have a session bus (the keychain lives there); without one, libdbus would spend seconds
# auto-launching one at start-up.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- ./build/app/vitrine
fi
exec ./build/app/vitrine
