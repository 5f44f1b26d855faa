#!/usr/bin/env bash
# Installs the project into a scratch prefix (as the package does) and checks what a desktop needs:
# the desktop entry and AppStream metainfo pass their validators, every hicolor size is there, and the man
# page names every subcommand that `stridewise --help` lists. Usage: check-installed-files.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix/usr" >/dev/null
share=$prefix/usr/share
bin=$prefix/usr/bin/stridewise
[ -x "$bin" ] || fail "no executable at usr/bin/stridewise"

desktop=$share/applications/org.stridewise.Stridewise.desktop
[ -f "$desktop" ] || fail "no desktop entry"
desktop-file-validate "$desktop" || fail "desktop-file-validate refused $desktop"
grep -q '^Exec=stridewise' "$desktop" || fail "the desktop entry does not start stridewise"

metainfo=$share/metainfo/org.stridewise.Stridewise.metainfo.xml
[ -f "$metainfo" ] || fail "no AppStream metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refused $metainfo"
for needed in '<screenshot' '<content_rating' '<release version=' '<launchable type="desktop-id">org.stridewise.Stridewise.desktop'; do
    grep -q "$needed" "$metainfo" || fail "metainfo lacks $needed"
done

[ -f "$share/icons/hicolor/scalable/apps/stridewise.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256 512; do
    png=$share/icons/hicolor/${size}x${size}/apps/stridewise.png
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done

man=$share/man/man1/stridewise.1.gz
[ -f "$man" ] || fail "no man page"
page=$(zcat "$man")
commands=$(QT_QPA_PLATFORM=offscreen "$bin" --help 2>/dev/null \
    | awk '/^Commands/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || fail "stridewise --help lists no commands"
for c in $commands; do
    grep -q "^\.SS $c\$" <<<"$page" || fail "the man page has no section for '$c'"
done
if command -v groff >/dev/null; then
    warnings=$(zcat "$man" | groff -k -man -ww -z 2>&1 || true)
    [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
fi
[ -f "$share/doc/stridewise/copyright" ] || fail "no copyright file"
echo "installed files ok: $(find "$prefix" -type f | wc -l) files, commands in the man page: $(echo $commands)"
