#!/usr/bin/env bash
# The helpers in capture() run through wait_for, which shellcheck cannot follow.
# shellcheck disable=SC2317
# Captures the documentation screenshots of Lance Desk in demo mode, on a
# desktop-sized and a laptop-sized screen, in English and in German:
#   docs/screenshots/main-window-<W>x<H>-<lang>.png      lead table and filter panel
#   docs/screenshots/estimate-dialog-<W>x<H>-<lang>.png  the credit estimate dialog open
# for 1600x1000 and 1366x768, en and de.
#
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build, in the repository)
#
# Builds nothing: BUILD_DIR must hold app/lance-desk already. Each shot is a
# fresh first start, as a new user sees it: under xvfb-run on a screen of
# that size with the openbox window manager (the window places and sizes
# itself to fit), a throwaway HOME and XDG dirs (a fresh demo database, no
# saved layout, nothing of the user's touched), driven with xdotool the way a
# rep would: Ctrl+A selects the visible leads, Ctrl+E opens Enrich….
# Needs xvfb (xvfb-run), openbox, imagemagick (import, convert) and xdotool.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$repo/build}
app=$(cd "$build" 2>/dev/null && pwd)/app/lance-desk
out=$repo/docs/screenshots

for tool in xvfb-run openbox import convert xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshots.sh: $tool is missing (Debian: xvfb, openbox, imagemagick, xdotool)" >&2
        exit 1
    fi
done
if [ ! -x "$app" ]; then
    echo "screenshots.sh: no lance-desk in $build/app; build it first" >&2
    exit 1
fi
mkdir -p "$out"


# Runs inside the virtual X server. Handed over as source text: xvfb-run is a
# POSIX sh script, and dash drops the exported functions of bash.
capture() {
    set -euo pipefail
    local frames=$scratch/frames
    openbox >/dev/null 2>&1 &
    wm=$!
    "$app" --demo >"$scratch/app.log" 2>&1 &
    # Global, not local: the EXIT trap runs after this function returned.
    pid=$!
    # Whatever happens, the app does not outlive the X server it draws on.
    trap 'kill "$pid" "$wm" 2>/dev/null || true; wait "$pid" "$wm" 2>/dev/null || true' EXIT

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
    # Where and how big the window opens is the app's own choice (it fits
    # itself to the screen): that is part of what the shot shows.
    wait_for 120 "the built-in engine" engine_listening
    shoot "main-window-$tag.png" "the lead table"

    # The rep's gestures: select what is visible, then Enrich….
    estimate_open() {
        xdotool search --onlyvisible --name "$estimate_title" >/dev/null 2>&1
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
    shoot "estimate-dialog-$tag.png" "the estimate dialog"
}

# One fresh first start per screen size and language.
run() {
    local width=$1 height=$2 lang=$3 locale=$4
    scratch=$(mktemp -d)
    mkdir -p "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/frames"
    mkdir -m 700 "$scratch/runtime"
    tag=${width}x${height}-$lang
    case $lang in
    de) estimate_title='^E-Mail-Adressen anreichern$' ;;
    *) estimate_title='^Enrich emails$' ;;
    esac
    export app out scratch tag estimate_title
    HOME=$scratch/home \
        XDG_CONFIG_HOME=$scratch/config \
        XDG_DATA_HOME=$scratch/data \
        XDG_CACHE_HOME=$scratch/cache \
        XDG_RUNTIME_DIR=$scratch/runtime \
        QT_QPA_PLATFORM=xcb \
        LANG=$locale LANGUAGE=$lang LC_ALL=$locale \
        xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c "$(declare -f capture); capture" ||
        { cat "$scratch/app.log" >&2; rm -rf "$scratch"; return 1; }
    rm -rf "$scratch"
}

for size in 1600x1000 1366x768; do
    run "${size%x*}" "${size#*x}" en en_US.UTF-8
    run "${size%x*}" "${size#*x}" de de_DE.UTF-8
done
