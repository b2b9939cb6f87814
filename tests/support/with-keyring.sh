#!/bin/sh
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring (Secret
# Service), so the real keychain round-trip is tested without touching the user's keyrings:
#   tests/support/with-keyring.sh <command> [arguments...]
# Needs dbus-run-session (dbus-daemon), gnome-keyring and libsecret-1-0 (packaging/debian-packages.txt).
# The command sees STORYREEL_KEYRING_SESSION=ready.
set -eu

if [ "${STORYREEL_KEYRING_SESSION:-}" != "inside" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-keyring.sh: $tool not found (packages dbus-daemon, gnome-keyring)" >&2
            exit 127
        fi
    done
    # Home, keyring files and sockets in a private folder, set before the bus starts so that even a
    # service the bus activates never sees the user's home.
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/storyreel-keyring.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    trap 'exit 130' INT TERM
    export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
    mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$scratch" "$XDG_RUNTIME_DIR"
    unset DISPLAY WAYLAND_DISPLAY
    export STORYREEL_KEYRING_SESSION=inside
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the session. An empty password (one empty line on stdin) creates the "login" keyring,
# unlocked and the default collection; without the newline no keyring is created and every write
# fails. The daemon prints its environment (GNOME_KEYRING_CONTROL=...); it leaves with the bus.
keyring_env=$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets)
for assignment in $keyring_env; do
    export "$assignment"
done
export STORYREEL_KEYRING_SESSION=ready
exec "$@"
