#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), in a fresh
# HOME so nothing touches the user's keyring: run-with-keyring.sh COMMAND [ARGS...]
# The command sees VITRINE_TEST_HOME (the fresh HOME) to check that no secret ended up in a file there.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/vitrine-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run" VITRINE_TEST_HOME="$home"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY
dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
