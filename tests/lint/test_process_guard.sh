#!/usr/bin/env bash
# tools/process_guard.sh, which CI wraps around every ctest run, must be able
# to fail: a command that leaves a process behind (even one that left the
# process tree with setsid, as a daemon does) fails the run and is named;
# a command that stops what it started passes; the command's own failure
# is kept.
set -uo pipefail
guard="$(dirname "$0")/../../tools/process_guard.sh"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
failures=0
check() { # description, expected exit code, command...
  local what=$1 want=$2
  shift 2
  "$guard" --grace 1 -- "$@" >"$out" 2>&1
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"
    cat "$out"
    failures=$((failures + 1))
  else
    echo "ok: $what"
  fi
}

check "a clean command passes" 0 bash -c 'sleep 0.1 & wait'
check "the command's own failure is kept" 3 bash -c 'exit 3'

marker="guard-test-$$-$RANDOM"
check "a leftover background process fails the run" 1 \
  bash -c "exec -a $marker sleep 30 </dev/null >/dev/null 2>&1 & disown"
grep -q "$marker" "$out" || { echo "FAIL: the leftover is not named"; cat "$out"; failures=$((failures + 1)); }
pkill -f "$marker" || true

marker="guard-daemon-$$-$RANDOM"
check "a leftover daemon in a session of its own fails the run" 1 \
  bash -c "setsid bash -c 'exec -a $marker sleep 30' </dev/null >/dev/null 2>&1 &"
grep -q "$marker" "$out" || { echo "FAIL: the daemon is not named"; cat "$out"; failures=$((failures + 1)); }
pkill -f "$marker" || true

# A process started outside the run is never blamed.
sleep 30 &
outside=$!
check "a process from outside the run is not blamed" 0 true
kill "$outside"
wait "$outside" 2>/dev/null

[ "$failures" = 0 ]
