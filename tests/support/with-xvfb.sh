#!/bin/bash
# shellcheck disable=SC2317  # cleanup() and forward() run from traps
# Runs a command under a fresh Xvfb of its own: with-xvfb.sh COMMAND [ARGS...]
# Xvfb picks a free display number itself (-displayfd), so parallel runs never collide;
# it is killed on exit and the command's exit code is passed on.
set -u

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/with-xvfb.XXXXXX") || exit 2
fifo="$workdir/displayfd"
mkfifo "$fifo" || exit 2
xvfb_pid=""

cleanup() {
    if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
        kill "$xvfb_pid" 2>/dev/null
        # Give it a moment to go, then insist: never leave an Xvfb behind.
        for _ in $(seq 50); do kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    rm -rf "$workdir"
}
child_pid=""
trap cleanup EXIT
# On INT/TERM (e.g. a ctest timeout) pass the signal on to the command, then clean up.
forward() {
    [ -n "$child_pid" ] && kill "-$1" "$child_pid" 2>/dev/null && wait "$child_pid" 2>/dev/null
    exit "$2"
}
trap 'forward INT 130' INT
trap 'forward TERM 143' TERM

# Xvfb writes the display number it chose, then a newline, to fd 3 once it accepts connections.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$fifo" 2>"$workdir/xvfb.log" &
xvfb_pid=$!

display=""
# The read returns at EOF too (Xvfb died early), so it cannot hang; the timeout bounds a stuck Xvfb.
if ! read -r -t 30 display <"$fifo" || [ -z "$display" ]; then
    echo "with-xvfb.sh: Xvfb did not start:" >&2
    cat "$workdir/xvfb.log" >&2
    exit 2
fi

export DISPLAY=":$display"
unset WAYLAND_DISPLAY
# Run in the background and wait, so a signal to this script is handled at once.
"$@" &
child_pid=$!
wait "$child_pid"
status=$?
child_pid=""
exit "$status"
