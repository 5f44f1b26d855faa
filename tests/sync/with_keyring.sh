#!/bin/sh
# Runs a test binary under a private D-Bus session bus with GNOME Keyring's secret service unlocked, in a throwaway
# HOME, so QtKeychain can be tested headless without touching the developer's own keyring.
# Usage: with_keyring.sh PROGRAM [ARGS...]
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with_keyring.sh: $tool is missing (Debian packages dbus, gnome-keyring)" >&2
        exit 1
    fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run" STRIDEWISE_TEST_KEYRING=1 STRIDEWISE_TEST_KEYRING_ROOT="$tmp"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR STRIDEWISE_TEST_KEYRING STRIDEWISE_TEST_KEYRING_ROOT
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf "%s" "stridewise-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    "$@"' sh "$@"
