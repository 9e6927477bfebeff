#!/usr/bin/env bash
# Checks the .deb that `packaging/build.sh --type deb` wrote: the control file declares what the
# program needs, the desktop entry validates, the files sit under /opt/frontdesk. With --install
# (root; changes this machine) it also installs the package with apt, runs the installed
# program's self-test as a normal run would, and purges the package again.
#
#   packaging/linux/check-deb.sh [--target DIR] [--install]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
target="$root/target"
install=no
while [ $# -gt 0 ]; do
    case "$1" in
        --target) target=$(cd "$2" && pwd); shift 2 ;;
        --install) install=yes; shift ;;
        *) echo "usage: $0 [--target DIR] [--install]" >&2; exit 2 ;;
    esac
done

deb=$(ls "$target"/jpackage/frontdesk_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no .deb in $target/jpackage: run packaging/build.sh --type deb" >&2; exit 1; }
if ! command -v desktop-file-validate >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils >/dev/null
fi
failed=0
check() { # description, command...
    local what=$1; shift
    if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failed=$((failed + 1)); fi
}

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libgtk-3-0 fonts-wqy-microhei xdg-utils; do
    check "Depends lists $package" grep -Eq "(^|, *)$package(,|$| )" <<<"$depends"
done

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop="$unpacked/opt/frontdesk/lib/frontdesk-FrontDesk.desktop"
check "desktop entry is in the package" test -f "$desktop"
check "desktop entry validates (desktop-file-validate)" desktop-file-validate "$desktop"
check "desktop entry has a Chinese name" grep -q '^Name\[zh_CN\]=' "$desktop"
check "desktop entry starts the launcher" grep -qx 'Exec=/opt/frontdesk/bin/FrontDesk' "$desktop"
check "launcher is in the package" test -x "$unpacked/opt/frontdesk/bin/FrontDesk"
check "class-data sharing archive is in the package" test -s "$unpacked/opt/frontdesk/lib/app/frontdesk.jsa"
check "postinst trains class-data sharing" grep -q train-cds.sh <(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst)

if [ "$install" = yes ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    check "menu entry installed" test -f /usr/share/applications/frontdesk-FrontDesk.desktop
    archive_before=$(stat -c %Y "$unpacked/opt/frontdesk/lib/app/frontdesk.jsa")
    check "postinst retrained the archive in /opt/frontdesk" \
        test "$(stat -c %Y /opt/frontdesk/lib/app/frontdesk.jsa)" -gt "$archive_before"
    home=$(mktemp -d)
    # A user's first run: no --data-dir, so the data goes to $XDG_DATA_HOME/frontdesk.
    check "installed program's self-test passes" \
        env HOME="$home" XDG_DATA_HOME="$home/.local/share" /opt/frontdesk/bin/FrontDesk self-test
    check "data and logs are in the user's data folder" \
        test -f "$home/.local/share/frontdesk/frontdesk.db" -a -d "$home/.local/share/frontdesk/logs"
    rm -rf "$home"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq frontdesk >/dev/null
    check "removed cleanly" test ! -e /opt/frontdesk/bin/FrontDesk
fi

if [ "$failed" -eq 0 ]; then echo "check-deb: all checks passed"; else echo "check-deb: $failed check(s) failed"; exit 1; fi
