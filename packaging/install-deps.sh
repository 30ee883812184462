#!/usr/bin/env bash
# Installs every build, run and test dependency of Vitrine Studio from Debian 12 packages.
# Usage: sudo packaging/install-deps.sh        (idempotent; run as root)
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format clang-tidy
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-websockets-dev qt6-networkauth-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libobs-dev obs-studio
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev
  qtkeychain-qt6-dev libqrencode-dev libx11-dev
  # run
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-tools
  libgl1-mesa-dri libegl1 qt6-qpa-plugins
  fonts-dejavu-core fonts-noto-color-emoji
  # test peers
  xvfb xauth x11-utils ffmpeg nginx libnginx-mod-rtmp python3
  dbus dbus-x11 gnome-keyring libsecret-tools zbar-tools desktop-file-utils appstream
  clang libclang-rt-14-dev chromium chromium-driver
)

if [ "$(id -u)" -ne 0 ]; then
  exec sudo "$0" "$@"
fi

# Node and npm run the obs-websocket-js client the remote-control tests use. A machine with its own Node (20, as
# TEST-PEERS.md says CI has) keeps it; Debian's is installed otherwise.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
else
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # nginx's own service is not used: tests start nginx with their own config.
  systemctl disable --now nginx >/dev/null 2>&1 || true
  echo "install-deps: installed ${#missing[@]} packages"
fi

# The remote-control tests' JavaScript client (obs-websocket-js), pinned by tests/remote/package-lock.json.
remote_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/remote"
if [ -f "$remote_tests/package-lock.json" ]; then
  (cd "$remote_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi
