#!/usr/bin/env bash
# Sets Stridewise up on Debian 12: installs the Debian packages it needs (only those missing),
# then configures with Ninja and builds into build/. Used by every README command and by CI.
#
# The list is derived, not guessed: .ci/run builds in a fresh debootstrap root that has nothing else,
# so a package missing here fails CI. Qt6Charts' CMake files need Qt6OpenGL's (libqt6opengl6-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # build tools
    cmake ninja-build g++ pkg-config
    # Qt 6.4: Core, Sql (+ SQLite driver), Gui, Widgets, Charts (needs OpenGL's CMake files), Test, DBus, Network,
    # PrintSupport; LinguistTools' CMake files are in qt6-tools-dev, lupdate/lrelease in qt6-l10n-tools
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libgl-dev qt6-l10n-tools qt6-tools-dev-tools
    qt6-tools-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev sqlite3 fonts-dejavu-core
    # reminders over D-Bus: a private session bus and a mock notification service; Qt's own German
    dbus-daemon python3 python3-dbusmock qt6-translations-l10n
    # iCalendar (libical), the keyring (QtKeychain); tests: a real CalDAV server (Radicale) and its client,
    # a secret service on the private bus, PDFs read back with poppler, a self-signed certificate
    libical-dev qtkeychain-qt6-dev radicale python3-caldav python3-icalendar gnome-keyring dbus openssl poppler-utils
    # the Debian package: runtime dependencies (dpkg-shlibdeps needs dpkg-dev and file), its validators
    dpkg-dev file desktop-file-utils appstream
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j"${JOBS:-2}"
