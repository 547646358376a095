#!/bin/sh
# Runs its arguments against a real, throwaway system keychain:
# gnome-keyring's Secret Service on a private D-Bus session, with HOME and
# the XDG directories in a temporary directory that is removed afterwards.
# Nothing of the user's own keyring or session bus is touched.
#   tests/client/with_keyring.sh <command> [args...]
# Needs dbus-run-session (dbus), gnome-keyring and libsecret-1-0
# (installer/install-deps.sh installs them).
set -eu

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

# --unlock creates the "login" collection with this password and unlocks it,
# so no prompt ever appears. The daemon leaves with the session bus.
rc=0
dbus-run-session -- sh -c '
  eval "$(printf %s ci-pass | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  "$@"
' with_keyring "$@" || rc=$?
exit "$rc"
