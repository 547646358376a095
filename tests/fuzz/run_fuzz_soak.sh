#!/usr/bin/env bash
# The fuzz soak (ctest test_fuzz_soak, label soak): runs fuzz_engine_request
# for LANCE_FUZZ_RUNS executions (1,000,000 by default) from the hand-written
# corpus with a fixed seed, prints the BENCH lines, and fails on any crash,
# sanitizer report or broken invariant.
#
#   run_fuzz_soak.sh --source <repo> --work <dir> --clang-build <dir> --binary=<fuzzer or empty>
#
# With --binary empty (a g++ build, as in CI) it first configures
# <clang-build> with clang++ and builds only the fuzz_engine_request target
# (and the instrumented copies of lance_engine and lance_models it links);
# later runs rebuild incrementally. Exit code 77 means skipped: no clang++
# or no libFuzzer runtime.
set -uo pipefail

source_dir=
work_dir=
clang_build=
binary=
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source_dir=$2; shift 2 ;;
    --work) work_dir=$2; shift 2 ;;
    --clang-build) clang_build=$2; shift 2 ;;
    --binary=*) binary=${1#--binary=}; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
runs=${LANCE_FUZZ_RUNS:-1000000}
seed=${LANCE_FUZZ_SEED:-1}
mkdir -p "$work_dir"

skip() {
  echo "SKIP: $*"
  exit 77
}

if [ -z "$binary" ]; then
  clangxx=$(command -v clang++ || command -v clang++-14 || true)
  [ -n "$clangxx" ] || skip "clang++ not found (apt-get install clang)"
  # libFuzzer's runtime is a separate package on Debian (libclang-rt-14-dev).
  probe=$work_dir/libfuzzer-probe
  if ! printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
      'extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }' |
      "$clangxx" -x c++ -fsanitize=fuzzer,address,undefined - -o "$probe" 2>"$probe.log"; then
    cat "$probe.log"
    skip "clang++ cannot link libFuzzer (apt-get install libclang-rt-14-dev)"
  fi
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$clang_build/CMakeCache.txt" ]; then
    echo "configuring $clang_build with $clangxx"
    cmake -S "$source_dir" -B "$clang_build" "${generator[@]}" \
      -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLANCE_FUZZ=ON \
      >"$work_dir/configure.log" 2>&1 || { cat "$work_dir/configure.log"; exit 1; }
  fi
  echo "building fuzz_engine_request in $clang_build"
  cmake --build "$clang_build" --target fuzz_engine_request -j "${LANCE_FUZZ_BUILD_JOBS:-2}" \
    >"$work_dir/build.log" 2>&1 || { tail -50 "$work_dir/build.log"; exit 1; }
  binary=$clang_build/tests/fuzz/fuzz_engine_request
fi
[ -x "$binary" ] || { echo "no fuzzer at $binary" >&2; exit 1; }

# New inputs go to a corpus of the run's own; the hand-written one stays
# untouched (libFuzzer only writes to the first directory). Emptied first:
# every run starts from the hand-written corpus, so a seed repeats a run,
# and the heavier inputs an earlier run kept do not slow the next one down.
corpus=$work_dir/corpus
artifacts=$work_dir/artifacts/
rm -rf "$artifacts" "$corpus"
mkdir -p "$corpus" "$artifacts"
log=$work_dir/fuzz.log
echo "running $binary: $runs runs, seed $seed"
# -max_len 4096: a request line, a few headers and a body of a few KiB
# reach every route and validation. Longer corpus files (the 10 MB body)
# are cut to that length here; the 413 path they exercise is checked whole
# by the corpus runner (test_fuzz_corpus_engine).
# -timeout: one input taking 25 s is a hang. -rss_limit_mb: a leak or
# blow-up stops the run. -detect_leaks=0: with leak checking libFuzzer runs
# LeakSanitizer after every input that allocates more than it frees, which
# the engine's bounded caches (counts, prepared statements) do all the time;
# it makes the run about five times slower. Run the fuzzer by hand without
# the flag to check for leaks (README.md).
# ASAN_OPTIONS: AddressSanitizer records the stack of every allocation by
# default, and its stack depot grows for the whole run; with the engine's
# allocation-heavy requests that took a third of the time, slowed the run
# down as it went (15,000 to 2,500 executions per second) and doubled its
# memory. Without allocation stacks a report still has the crashing stack;
# rerun the saved input without these options for the allocation's.
# The engine's temporary SQLite directory goes under the work directory, so
# a crashed run leaves nothing in /tmp.
rm -rf "$work_dir/tmp"
mkdir -p "$work_dir/tmp"
export ASAN_OPTIONS="malloc_context_size=0:quarantine_size_mb=64:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}"
TMPDIR=$work_dir/tmp "$binary" -runs="$runs" -seed="$seed" -max_len=4096 -timeout=25 \
  -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts" \
  "$corpus" "$source_dir/tests/fuzz/corpus/engine" >"$log" 2>&1
rc=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
executions=${executions:-0}
crashes=$(find "$artifacts" -type f | wc -l)
if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
  crashes=1 # died without writing an artifact (e.g. out of memory)
fi
echo "BENCH reliability.fuzz_executions $executions"
echo "BENCH reliability.fuzz_crashes $crashes"
if [ -n "$seconds" ] && [ "$seconds" -gt 0 ]; then
  echo "BENCH reliability.fuzz_exec_per_s $((executions / seconds))"
fi
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | tail -2

if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
  echo "fuzzer failed (exit $rc); its output:" >&2
  grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)' "$log" | tail -80 >&2
  for f in "$artifacts"*; do
    [ -f "$f" ] && { echo "input $f (hex):" >&2; head -c 4096 "$f" | od -An -tx1 | head -40 >&2; }
  done
  exit 1
fi
if [ "$executions" -lt "$runs" ]; then
  echo "only $executions of $runs executions ran" >&2
  exit 1
fi
exit 0
