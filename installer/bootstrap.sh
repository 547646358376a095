#!/usr/bin/env bash
# The README's two set-up commands, in one place so CI runs exactly what a new
# user runs:
#   bash installer/bootstrap.sh demo   install, build, start lance-desk --demo
#   bash installer/bootstrap.sh test   install, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  demo|test) ;;
  *) echo "usage: bash installer/bootstrap.sh demo|test" >&2; exit 2 ;;
esac

bash installer/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

case "$mode" in
  demo)
    exec ./build/app/lance-desk --demo
    ;;
  test)
    # Every label, benchmarks included (they run small unless
    # LANCE_BENCH_FULL=1), so what CI proves is the whole suite.
    # Each ctest run goes through tools/process_guard.sh, which fails the
    # run, naming them, if anything it started (lance-desk, lance-engine,
    # Xvfb, D-Bus or keyring daemons, fuzzers) is still running at the end.
    export QT_QPA_PLATFORM=offscreen
    tools/process_guard.sh -- \
      ctest --test-dir build --output-on-failure --parallel 2 --timeout 900
    # Then the same code under AddressSanitizer (leaks included) and
    # UndefinedBehaviorSanitizer: any finding aborts its test. Benchmarks,
    # soak and package are left out: they measure or package the normal
    # build, and under ASan they would only be slower. tests/asan.supp
    # silences leaks inside system libraries we do not build.
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
      LSAN_OPTIONS="suppressions=$PWD/tests/asan.supp:print_suppressions=0" \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      tools/process_guard.sh -- ctest --test-dir build-asan -LE "bench|soak|package" --output-on-failure --parallel 2 \
        --timeout 900
    ;;
esac
