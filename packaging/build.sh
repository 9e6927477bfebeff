#!/usr/bin/env bash
# Builds the FrontDesk app image and installers with jpackage from `mvn package` output
# (target/frontdesk.jar + target/lib). Linux: app-image, deb. macOS: app-image, dmg.
# Windows: packaging/windows/build.ps1. See packaging/README.md.
#
#   mvn -B -DskipTests package
#   packaging/build.sh                      # app image: target/jpackage/image/FrontDesk
#   packaging/build.sh --type deb           # also target/jpackage/frontdesk_<version>_<arch>.deb
#   packaging/build.sh --target /tmp/x/target --type app-image
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/target"
type=app-image
while [ $# -gt 0 ]; do
    case "$1" in
        --target) target=$(cd "$2" && pwd); shift 2 ;;
        --type) type=$2; shift 2 ;;
        *) echo "usage: $0 [--target DIR] [--type app-image|deb|dmg]" >&2; exit 2 ;;
    esac
done

case "$(uname -s)" in
    Linux) os=linux; image_name=FrontDesk ;;
    Darwin) os=macos; image_name=FrontDesk.app ;;
    *) echo "On Windows use packaging/windows/build.ps1" >&2; exit 2 ;;
esac
case "$os/$type" in
    linux/app-image | linux/deb | macos/app-image | macos/dmg) ;;
    *) echo "$type cannot be built on $os" >&2; exit 2 ;;
esac

jar="$target/frontdesk.jar"
[ -f "$jar" ] || { echo "$jar is missing: run 'mvn -B -DskipTests package' first" >&2; exit 1; }
# jpackage versions are numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)
app_version=${version%%-*}
if [ "$os" = macos ] && [ "${app_version%%.*}" = 0 ]; then
    # jpackage refuses a bundle version starting with 0 on macOS; choose the release number
    # deliberately (packaging/README.md) rather than have this script invent one.
    app_version=${FRONTDESK_MAC_VERSION:?"macOS needs a version of 1 or more: set FRONTDESK_MAC_VERSION, e.g. 1.0.0"}
fi

work="$target/jpackage"
rm -rf "$work"
mkdir -p "$work/input/lib" "$work/javafx"
cp "$jar" "$work/input/"
cp "$target"/lib/*.jar "$work/input/lib/"
# JavaFX goes on the module path: the platform jars (javafx-base-21.0.12-linux.jar) become modules
# of the runtime; the empty jars without a classifier are left out, and so are both from the
# class path (the jar's manifest Class-Path names them, but missing entries are skipped).
mv "$work"/input/lib/javafx-*-[0-9]*-*.jar "$work/javafx/"
rm -f "$work"/input/lib/javafx-*.jar

cd "$root"
echo "jpackage: app image $app_version ($os)"
jpackage @packaging/jpackage/app.txt @packaging/$os/app-image.txt \
    --type app-image --input "$work/input" --module-path "$work/javafx" \
    --app-version "$app_version" --dest "$work/image"
image="$work/image/$image_name"

if [ "$os" = linux ]; then
    # Training runs self-test in the image, so a broken image stops the build here.
    cp packaging/linux/train-cds.sh "$image/lib/"
    echo "class-data sharing: training on self-test"
    "$image/lib/train-cds.sh" "$image"
else
    "$image/Contents/MacOS/FrontDesk" self-test --data-dir "$work/self-test"
fi

case "$type" in
    deb)
        echo "jpackage: deb"
        jpackage @packaging/jpackage/installer.txt @packaging/linux/deb.txt \
            --type deb --app-image "$image" --app-version "$app_version" --dest "$work"
        ;;
    dmg)
        echo "jpackage: dmg"
        jpackage @packaging/jpackage/installer.txt @packaging/macos/dmg.txt \
            --type dmg --app-image "$image" --app-version "$app_version" --dest "$work"
        ;;
esac
echo "done: $work"
