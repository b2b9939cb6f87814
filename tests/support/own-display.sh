#!/bin/sh
# Runs a GUI test on an X server of its own:
#   tests/support/own-display.sh <test> [arguments...]
# GUI tests running in parallel on one display take window activation and the keyboard focus from
# each other (a keyboard-only test then types into another test's window). Xvfb -displayfd picks a
# free display number itself, so parallel starts never race for one. Needs xvfb (debian-packages.txt).
set -eu

if ! command -v Xvfb >/dev/null 2>&1; then
    echo "own-display.sh: Xvfb not found (package xvfb)" >&2
    exit 127
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/storyreel-display.XXXXXX")
mkfifo "$scratch/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
# The number arrives once the server accepts clients; nothing if it failed to start.
read -r number <"$scratch/display" || true
if [ -z "${number:-}" ]; then
    echo "own-display.sh: Xvfb did not start:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
status=0
DISPLAY=":$number" "$@" || status=$?
exit "$status"
