#!/usr/bin/env bash
# The helpers in capture() run through wait_for, which shellcheck cannot follow.
# shellcheck disable=SC2317
# Captures the documentation screenshots of Lance Desk in demo mode:
#   docs/screenshots/main-window.png      the lead table with the filter panel
#   docs/screenshots/estimate-dialog.png  the credit estimate dialog open
#
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build, in the repository)
#
# Builds nothing: BUILD_DIR must hold app/lance-desk already. Runs it under
# xvfb-run on a 1400x860 screen, with a throwaway HOME and XDG dirs (a fresh
# demo database, no saved layout, nothing of the user's touched), and drives
# it with xdotool the way a rep would: Ctrl+A selects the visible leads,
# Ctrl+E opens Enrich…. Needs xvfb (xvfb-run), imagemagick (import, convert)
# and xdotool.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$repo/build}
app=$(cd "$build" 2>/dev/null && pwd)/app/lance-desk
out=$repo/docs/screenshots

for tool in xvfb-run import convert xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshots.sh: $tool is missing (Debian: xvfb, imagemagick, xdotool)" >&2
        exit 1
    fi
done
if [ ! -x "$app" ]; then
    echo "screenshots.sh: no lance-desk in $build/app; build it first" >&2
    exit 1
fi
mkdir -p "$out"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/frames"
mkdir -m 700 "$scratch/runtime"

# Runs inside the virtual X server. Handed over as source text: xvfb-run is a
# POSIX sh script, and dash drops the exported functions of bash.
capture() {
    set -euo pipefail
    local frames=$scratch/frames
    "$app" --demo >"$scratch/app.log" 2>&1 &
    # Global, not local: the EXIT trap runs after this function returned.
    pid=$!
    # Whatever happens, the app does not outlive the X server it draws on.
    trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

    # Polls `check` every 0.2 s for up to `seconds`; fails with `what`.
    wait_for() {
        local seconds=$1 what=$2
        shift 2
        local tries=$((seconds * 5))
        until "$@"; do
            if ! kill -0 "$pid" 2>/dev/null; then
                echo "screenshots.sh: lance-desk exited while waiting for $what:" >&2
                cat "$scratch/app.log" >&2
                return 1
            fi
            tries=$((tries - 1))
            if [ "$tries" -le 0 ]; then
                echo "screenshots.sh: timed out waiting for $what" >&2
                return 1
            fi
            sleep 0.2
        done
    }

    window_up() {
        window=$(xdotool search --onlyvisible --name '^Lance Desk$' 2>/dev/null | head -n 1)
        [ -n "$window" ]
    }

    # The built-in engine is up once the app has a listening TCP socket:
    # until then the window shows the start-up page (demo data being made).
    engine_listening() {
        local inodes
        local tables=(/proc/net/tcp)
        [ -r /proc/net/tcp6 ] && tables+=(/proc/net/tcp6)
        inodes=$(find "/proc/$pid/fd" -lname 'socket:*' -printf '%l\n' 2>/dev/null |
            sed 's/^socket:\[\([0-9]*\)\]$/\1/' | tr '\n' ' ')
        [ -n "$inodes" ] || return 1
        # /proc/net/tcp: column 4 is the state (0A = LISTEN), 10 the inode.
        awk -v list="$inodes" '
            BEGIN { n = split(list, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 }
            $4 == "0A" && ($10 in want) { found = 1 }
            END { exit !found }' "${tables[@]}"
    }

    # Settled: three identical frames in a row (rows loaded, dialog
    # painted), none of them blank.
    local last="" same=0 frame=0
    settled() {
        frame=$((frame + 1))
        local now=$frames/$frame.ppm
        import -silent -window root "ppm:$now"
        # A blank (all black) screen has a maximum of 0.
        if [ "$(convert "$now" -format '%[fx:maxima]' info:)" = "0" ]; then
            same=0
        elif [ -n "$last" ] && cmp -s "$last" "$now"; then
            same=$((same + 1))
        else
            same=0
        fi
        [ -n "$last" ] && rm -f "$last"
        last=$now
        [ "$same" -ge 2 ]
    }

    shoot() {
        last="" same=0
        wait_for 30 "$2 to settle" settled
        convert "$last" -strip "$out/$1"
        echo "screenshots.sh: wrote $out/$1"
    }

    wait_for 60 "the main window" window_up
    # No window manager here: the window is placed and sized by hand, to
    # fill the screen like a maximised window.
    xdotool windowmove --sync "$window" 0 0
    xdotool windowsize --sync "$window" 1400 860
    wait_for 120 "the built-in engine" engine_listening
    shoot main-window.png "the lead table"

    # The rep's gestures: select what is visible, then Enrich…. Without a
    # window manager nothing gives the window focus, so it is given here.
    estimate_open() {
        xdotool search --onlyvisible --name '^Enrich (emails|phones)$' >/dev/null 2>&1
    }
    local _
    for _ in 1 2 3; do
        xdotool windowfocus --sync "$window"
        xdotool key --clearmodifiers ctrl+a
        xdotool key --clearmodifiers ctrl+e
        if wait_for 10 "the estimate dialog" estimate_open 2>/dev/null; then
            break
        fi
    done
    wait_for 1 "the estimate dialog" estimate_open
    shoot estimate-dialog.png "the estimate dialog"
}

export app out scratch
HOME=$scratch/home \
    XDG_CONFIG_HOME=$scratch/config \
    XDG_DATA_HOME=$scratch/data \
    XDG_CACHE_HOME=$scratch/cache \
    XDG_RUNTIME_DIR=$scratch/runtime \
    QT_QPA_PLATFORM=xcb \
    LANG=en_US.UTF-8 LC_CTYPE=C.UTF-8 LC_ALL='' \
    xvfb-run -a -s "-screen 0 1400x860x24" bash -c "$(declare -f capture); capture"
