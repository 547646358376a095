#!/usr/bin/env bash
# Builds the Debian package, checks it with lintian, installs it, runs what
# it installed, and removes it again.
#   test_package.sh BUILD_DIR VERSION WORK_DIR
# Needs root and a Debian machine where the package may be installed and
# removed (CI's throwaway machine); exits 77 (skipped) otherwise. If
# lance-desk was installed before, it is removed at the end.
set -euo pipefail

build_dir=$1
version=$2
work=$3

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: installing a package needs root"
  exit 77
fi
for tool in cpack lintian dpkg-deb dpkg-shlibdeps fakeroot desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool missing; run installer/install-deps.sh"; exit 1; }
done

app_pid=
installed=0
home=
# The PIDs of the processes the installed binaries run as (step 4): they
# run with the throwaway HOME, which names them and only them. None is not
# an error.
started_here() {
  grep -lsxzF "HOME=$home" /proc/[0-9]*/environ | cut -d/ -f3 || true
}
# True while the process runs; a zombie (ended, not yet waited for) is gone.
running() {
  local state
  state=$(ps -o stat= -p "$1") && [ "${state:0:1}" != Z ]
}
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -KILL "$app_pid" 2>/dev/null || true
  fi
  # Whatever else ran from the throwaway HOME, if a step failed half-way.
  if [ -n "$home" ]; then
    # shellcheck disable=SC2046 # one PID per word
    kill -KILL $(started_here) 2>/dev/null || true
  fi
  if [ "$installed" = 1 ]; then
    dpkg --purge lance-desk >/dev/null 2>&1 || true
  fi
  [ -n "$home" ] && rm -rf "$home"
  return 0
}
trap cleanup EXIT

step() { echo "== $*"; }
fail() { echo "FAIL: $*"; exit 1; }

# 1. Build the package in a directory of its own, so a developer's own
# `cpack` output in the build directory is left alone.
step "cpack -G DEB"
rm -rf "$work"
mkdir -p "$work"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack"; }
deb=$work/lance-desk_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls -l "$work"; fail "no $deb"; }
dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb")
echo "$contents"

# Depends: the Qt libraries dpkg-shlibdeps found, and the plugins it cannot.
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
  grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
for path in ./usr/bin/lance-desk ./usr/bin/lance-engine \
            ./usr/share/applications/com.lance.Desk.desktop \
            ./usr/share/metainfo/com.lance.Desk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/com.lance.Desk.svg \
            ./usr/share/icons/hicolor/48x48/apps/com.lance.Desk.png \
            ./usr/share/man/man1/lance-desk.1.gz ./usr/share/man/man1/lance-engine.1.gz \
            ./usr/share/doc/lance-desk/copyright; do
  grep -q " $path\$" <<<"$contents" || fail "$path not in the package"
done

# The files as CPack staged them: the metainfo, with the desktop file and
# icon it names, as a software centre would read them.
step "appstreamcli validate-tree"
appstreamcli validate-tree --no-net "$work/_CPack_Packages/Linux/DEB/lance-desk-$version-Linux" ||
  fail "appstreamcli validate-tree"

# 2. lintian: errors fail the test, warnings and infos are shown.
step "lintian"
lintian --tag-display-limit 0 --display-info --fail-on error "$deb" || fail "lintian reports errors"

# 3. Install; dpkg first, apt when dependencies are missing.
step "install"
installed=1
if ! dpkg -i "$deb"; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -f --no-install-recommends "$deb" ||
    fail "installing $deb"
fi
files=$(dpkg -L lance-desk)

# The installed binaries, with nothing from the build tree around them: a
# clean environment and a throwaway HOME.
home=$(mktemp -d)
mkdir -m 700 "$home/runtime"
clean_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/runtime"
  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
run_clean() { "${clean_env[@]}" "$@"; }
for bin in /usr/bin/lance-desk /usr/bin/lance-engine; do
  if ldd "$bin" | grep -q "not found"; then
    ldd "$bin"
    fail "$bin misses libraries"
  fi
done
step "versions"
out=$(run_clean /usr/bin/lance-desk --version)
echo "$out"
[ "$out" = "Lance Desk $version" ] || fail "lance-desk --version said '$out'"
out=$(run_clean /usr/bin/lance-engine --version)
echo "$out"
[ "$out" = "lance-engine $version" ] || fail "lance-engine --version said '$out'"

step "validate installed desktop file and metainfo"
desktop-file-validate /usr/share/applications/com.lance.Desk.desktop
appstreamcli validate --no-net /usr/share/metainfo/com.lance.Desk.metainfo.xml
man -l /usr/share/man/man1/lance-desk.1.gz >/dev/null
man -l /usr/share/man/man1/lance-engine.1.gz >/dev/null

# 4. The installed app in demo mode: it must create its demo database in
# the per-user data directory (QStandardPaths::AppDataLocation) and keep
# running.
step "demo mode"
db="$home/.local/share/Lance/Lance Desk/demo.sqlite"
# A simple command, not the function: the background job is then lance-desk
# itself (env execs it), so $! is the PID the kill below must reach. Through
# run_clean it was a subshell around the app, which SIGTERM ended while the
# app went on running (issue 18).
"${clean_env[@]}" /usr/bin/lance-desk --demo >"$work/app.log" 2>&1 &
app_pid=$!
deadline=$((SECONDS + 120))
while [ ! -s "$db" ]; do
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "lance-desk exited early"; }
  [ $SECONDS -lt $deadline ] || { cat "$work/app.log"; fail "no $db after 120 s"; }
  sleep 0.2
done
# Still up once the database exists: demo mode started, not just the file.
sleep 0.5
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "lance-desk died after creating $db"; }
echo "demo database: $db ($(stat -c %s "$db") bytes)"
# SIGTERM must end it, embedded engine and all (one process), and leave
# nothing else started from the throwaway HOME.
kill -TERM "$app_pid"
deadline=$((SECONDS + 30))
while running "$app_pid"; do
  [ $SECONDS -lt $deadline ] || { cat "$work/app.log"; fail "lance-desk still running 30 s after SIGTERM"; }
  sleep 0.1
done
wait "$app_pid" 2>/dev/null || true
app_pid=
left=$(started_here)
if [ -n "$left" ]; then
  ps -o pid,ppid,etime,args -p "$(paste -sd, <<<"$left")"
  fail "processes started by this test still running after lance-desk was stopped"
fi
echo "lance-desk stopped; nothing started from $home is left"

# 5. Remove; every file the package installed must be gone.
step "remove"
dpkg --purge lance-desk
installed=0
status=$(dpkg-query -W -f='${db:Status-Status}' lance-desk 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = not-installed ] || fail "lance-desk still $status"
left=0
while IFS= read -r f; do
  if [ -f "$f" ] || [ -L "$f" ]; then
    echo "left behind: $f"
    left=1
  fi
done <<<"$files"
[ "$left" = 0 ] || fail "files left after removal"
echo "PASS"
