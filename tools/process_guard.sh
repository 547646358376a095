#!/usr/bin/env bash
# Runs a command (a test suite) and fails if any process it started is still
# running after it ended: a test that leaves lance-desk, lance-engine, Xvfb,
# a D-Bus or keyring daemon or a fuzzer behind breaks the suite (issue 18).
#
#   tools/process_guard.sh [--grace SECONDS] -- COMMAND [ARGS...]
#
# installer/bootstrap.sh test (and so CI) runs each ctest run under it; by
# hand: tools/process_guard.sh -- ctest --test-dir build -L engine
#
# "Started by the command" is decided without looking at names, so nothing
# outside the run is ever blamed (a developer's own lance-desk, the tests of
# another build directory running at the same time):
#  - the command runs in a session of its own (setsid): whatever stays in
#    that session is the run's, even with its environment cleared (env -i,
#    as the package test runs the installed app);
#  - the command's environment carries LANCE_PROCESS_GUARD_<token>=1, unique
#    to this run: a daemon that opens a session of its own (setsid, a
#    daemonizing gnome-keyring-daemon) still inherits it. A guard run inside
#    another one adds its own variable, so the outer run still sees both.
# Survivors are named, not killed: the message says how to stop them.
# Stragglers get up to --grace seconds (default 15) to go first: ctest may
# have just killed a timed-out test, and a killed daemon takes a moment.
#
# Exit code: the command's when it failed, 1 when it passed but left
# processes running, 0 otherwise.
set -uo pipefail

grace=15
while [ $# -gt 0 ]; do
  case "$1" in
    --grace) grace=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: process_guard.sh [--grace SECONDS] -- COMMAND [ARGS...]" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "process_guard.sh: no command" >&2; exit 2; }
command -v setsid >/dev/null || { echo "process_guard.sh: setsid missing (util-linux)" >&2; exit 2; }

marker=LANCE_PROCESS_GUARD_$$_${RANDOM}_$(date +%s)
sid_file=$(mktemp "${TMPDIR:-/tmp}/process_guard.XXXXXX")
trap 'rm -f "$sid_file"' EXIT

# The session leader writes its PID, which is the session's id, before it
# becomes the command. -w: setsid forks when it cannot start a session in
# place, and then waits for the command, so `wait` below still waits for it.
# shellcheck disable=SC2016 # expanded by the inner bash
env "$marker=1" setsid -w bash -c 'echo $$ >"$0"; exec "$@"' "$sid_file" "$@" &
child=$!

session_id() { cat "$sid_file" 2>/dev/null; }

# Ctrl+C or a CI timeout reaches this shell only (the command is in another
# session, away from the terminal): pass it on to the command's process
# group, then still report what is left.
interrupted=0
# shellcheck disable=SC2317 # called by the trap
forward() {
  interrupted=1
  local sid
  sid=$(session_id)
  if [ -n "$sid" ]; then
    kill -TERM -- "-$sid" 2>/dev/null || true
  else
    kill -TERM "$child" 2>/dev/null || true
  fi
}
trap forward INT TERM

rc=0
while :; do
  wait "$child"
  rc=$?
  # wait returns early (above 128) when a trapped signal arrives.
  kill -0 "$child" 2>/dev/null || break
done
[ "$interrupted" = 0 ] || rc=130
sid=$(session_id)

# PIDs of live processes in the command's session or carrying its marker.
# Zombies are left out: they ended already, and whoever should reap them is
# either gone or a survivor itself.
survivors() {
  local dir pid stat rest state session
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    read -r stat 2>/dev/null <"$dir/stat" || continue
    # The command name is in parentheses and may hold spaces; the fields
    # after it are: state ppid pgrp session ...
    rest=${stat##*) }
    read -r state _ _ session _ <<<"$rest"
    [ "$state" != Z ] || continue
    if [ -n "$sid" ] && [ "$session" = "$sid" ]; then
      echo "$pid"
    elif grep -qz "^$marker=" "$dir/environ" 2>/dev/null; then
      echo "$pid"
    fi
  done
}

deadline=$((SECONDS + grace))
left=$(survivors)
while [ -n "$left" ] && [ "$SECONDS" -lt "$deadline" ]; do
  sleep 0.1
  left=$(survivors)
done

if [ -n "$left" ]; then
  pids=$(tr '\n' ' ' <<<"$left")
  count=$(wc -w <<<"$pids")
  echo "process_guard: FAIL: $count process(es) started by '$*' still running" \
    "${grace} s after it ended:" >&2
  ps -o pid=PID,ppid=PPID,etime=ELAPSED,args=COMMAND -p "$(paste -sd, <<<"$left")" >&2 || true
  echo "process_guard: stop them with: kill ${pids% }" >&2
  [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"
