#!/bin/sh
# Writes the application class-data sharing archive of an app image (lib/app/frontdesk.jsa) by
# running `self-test` once on a throw-away data folder with -XX:ArchiveClassesAtExit.
# JDK 17 ties the archive to the absolute class path, so it is made where the image will run:
# by packaging/build.sh for the app image, and by the .deb's postinst in /opt/frontdesk.
# Usage: train-cds.sh IMAGE_ROOT   (the folder that holds bin/FrontDesk)
set -eu
root=$(cd "$1" && pwd)
app="$root/lib/app"
cfg="$app/FrontDesk.cfg"
java="$root/lib/runtime/bin/java"
archive="$app/frontdesk.jsa"

# The launcher's own class path, main class and options, read from its configuration so the
# archive matches what bin/FrontDesk runs. The option naming the archive itself is left out:
# with ArchiveClassesAtExit it would be read as the base archive.
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
set --
while IFS= read -r option; do
    case "$option" in
        *SharedArchiveFile*) ;;
        *) set -- "$@" "$(printf '%s' "$option" | sed "s|\$APPDIR|$app|g")" ;;
    esac
done <<OPTIONS
$(sed -n 's/^java-options=//p' "$cfg")
OPTIONS

data=$(mktemp -d)
trap 'rm -rf "$data" "$archive.new"' EXIT
"$java" -XX:ArchiveClassesAtExit="$archive.new" -Xlog:cds=off -Xlog:cds+dynamic=off "$@" \
    -cp "$classpath" "$main" self-test --data-dir "$data" >"$data/train.log" 2>&1 || {
    cat "$data/train.log" >&2
    exit 1
}
# Replace in one step: a missing archive would switch class-data sharing off altogether.
mv -f "$archive.new" "$archive"
