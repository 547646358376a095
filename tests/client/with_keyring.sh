#!/bin/sh
# Runs its arguments against a real, throwaway system keychain:
# gnome-keyring's Secret Service on a private D-Bus session, with HOME and
# the XDG directories in a temporary directory that is removed afterwards.
# Nothing of the user's own keyring or session bus is touched.
#   tests/client/with_keyring.sh [--no-keyring] <command> [args...]
# --no-keyring: the Secret Service runs but no keyring was ever created, as
# in a session that never logged in to one (its first write would prompt).
# Needs dbus-run-session (dbus), gnome-keyring and libsecret-1-0
# (installer/install-deps.sh installs them).
set -eu
unlock=--unlock
if [ "${1:-}" = --no-keyring ]; then
    unlock=
    shift
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lance-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

export HOME="$tmp"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
# gnome-keyring puts its control socket here: a private one, so it can never
# meet the daemon of a desktop session.
export XDG_RUNTIME_DIR="$tmp/runtime"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS

# --unlock creates the "login" collection with the password read from stdin
# and unlocks it, so no prompt ever appears. --foreground: a daemonizing
# gnome-keyring-daemon leaves the process tree and outlives the session bus
# (issue 18); in the foreground it stays a child here and is stopped by PID.
printf %s ci-pass >"$tmp/password"
rc=0
dbus-run-session -- sh -c '
  password=$1
  unlock=$2
  shift 2
  # $unlock is --unlock or nothing: unquoted on purpose.
  # shellcheck disable=SC2086
  gnome-keyring-daemon --foreground $unlock --components=secrets <"$password" >/dev/null &
  keyring=$!
  trap "kill $keyring 2>/dev/null; wait $keyring" EXIT
  # Ready once it owns the Secret Service name on this bus.
  tries=200
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q "boolean true"; do
    if ! kill -0 "$keyring" 2>/dev/null; then
      echo "with_keyring.sh: gnome-keyring-daemon exited" >&2
      exit 1
    fi
    tries=$((tries - 1))
    if [ "$tries" -le 0 ]; then
      echo "with_keyring.sh: no Secret Service on the bus after 10 s" >&2
      exit 1
    fi
    sleep 0.05
  done
  "$@"
' with_keyring "$tmp/password" "$unlock" "$@" || rc=$?
exit "$rc"
