#!/usr/bin/env bash
# Times the start of FrontDesk: `java -jar` against the app image that packaging/build.sh made,
# with class-data sharing switched off and as shipped (runtime archive + AppCDS archive).
#   1. `self-test` on an existing data folder (no display; what CI runs), wall time to exit;
#   2. under Xvfb, from the command to the first visible window (the first-start wizard).
# Prints the median and the range of each as a Markdown table for docs/BENCHMARKS.md.
#
#   packaging/bench-start.sh [--target DIR] [--runs N]      (needs GNU time; Xvfb and xdotool for 2)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/target"
runs=7
while [ $# -gt 0 ]; do
    case "$1" in
        --target) target=$(cd "$2" && pwd); shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "usage: $0 [--target DIR] [--runs N]" >&2; exit 2 ;;
    esac
done
jar="$target/frontdesk.jar"
launcher="$target/jpackage/image/FrontDesk/bin/FrontDesk"
[ -x "$launcher" ] || { echo "no app image: run packaging/build.sh first" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# stats "label" ms... -> "| label | median | min–max |"
stats() {
    local label=$1; shift
    local sorted=($(printf '%s\n' "$@" | sort -n))
    local n=${#sorted[@]}
    local median=${sorted[$((n / 2))]}
    printf '| %s | %d | %d–%d |\n' "$label" "$median" "${sorted[0]}" "${sorted[$((n - 1))]}"
}

# The three ways to start: command_of VARIANT sets `command` (an array; plain commands, not
# shell functions, so `&` gives the program's own process id to stop it by).
command_of() {
    case "$1" in
        run_jar) command=(java -jar "$jar") ;;
        run_image_no_cds) command=(env JAVA_TOOL_OPTIONS=-Xshare:off "$launcher") ;;
        run_image) command=("$launcher") ;;
    esac
}
variants=(run_jar run_image_no_cds run_image)
label_run_jar='`java -jar target/frontdesk.jar` (JDK 17, its default CDS)'
label_run_image_no_cds='app image, class-data sharing off (`-Xshare:off`)'
label_run_image='app image as shipped (runtime CDS + AppCDS archive)'

echo "Start of FrontDesk, $runs runs each after one warm-up, in ms; $(nproc) cores, load average $(cut -d" " -f1 /proc/loadavg) at the start; $(date -u +%Y-%m-%d)."
echo
echo "**self-test** on an existing data folder (no display):"
echo
echo "| how it starts | median | range | CPU time (user + sys), median |"
echo "| --- | ---: | ---: | ---: |"
data="$work/data"
java -jar "$jar" self-test --data-dir "$data" >/dev/null 2>&1   # creates and migrates the database once
for v in "${variants[@]}"; do
    command_of "$v"
    "${command[@]}" self-test --data-dir "$data" >/dev/null 2>&1
    times=()
    cpu=()
    for _ in $(seq "$runs"); do
        t0=$(now_ms)
        /usr/bin/time -f '%U %S' -o "$work/cpu" "${command[@]}" self-test --data-dir "$data" >/dev/null 2>&1
        times+=($(( $(now_ms) - t0 )))
        cpu+=($(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu"))
    done
    label="label_$v"
    # CPU time is what the start costs; the wall time also counts waiting for a busy machine.
    cpu_median=$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n "$(( ${#cpu[@]} / 2 + 1 ))p")
    echo "$(stats "${!label}" "${times[@]}") $cpu_median |"
done

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    echo; echo "(no Xvfb or xdotool: window start not measured)"; exit 0
fi
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
until xdotool getmouselocation >/dev/null 2>&1; do
    kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb did not start on $display" >&2; exit 1; }
    sleep 0.1
done

# A migrated database without a site: every start shows the first-start wizard, and the
# migrations (disk work, not start-up) are not part of the time.
java -jar "$jar" self-test --data-dir "$work/window" >/dev/null 2>&1
# Starts the program and returns when its first window is visible.
first_window_ms() {
    command_of "$1"
    local t0; t0=$(now_ms)
    "${command[@]}" --data-dir "$work/window" >"$work/window.log" 2>&1 &
    local pid=$!
    until xdotool search --onlyvisible --class FrontDeskApp >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "program ended before showing a window:" >&2; cat "$work/window.log" >&2; return 1; }
        sleep 0.02
    done
    local t=$(( $(now_ms) - t0 ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$t"
}
echo
echo "**First window** (the first-start wizard on a migrated database without a site, Xvfb):"
echo
echo "| how it starts | median | range |"
echo "| --- | ---: | ---: |"
for v in "${variants[@]}"; do
    first_window_ms "$v" >/dev/null
    times=()
    for _ in $(seq "$runs"); do
        times+=($(first_window_ms "$v"))
    done
    label="label_$v"
    stats "${!label}" "${times[@]}"
done
