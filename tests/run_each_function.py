#!/usr/bin/env python3
"""Runs every function of every QtTest binary on its own (ctest check_tests_alone).

A test function that only passes after another one has run depends on state it
did not set up; the normal run hides that because QtTest runs a binary's
functions in file order. Here each function runs alone, in a fresh process,
with exactly the command line and environment ctest registered for its test:
the list is read from `ctest --show-only=json-v1` at run time, so it never
drifts from tests/*/CMakeLists.txt (wrappers such as with_keyring.sh
included).

  run_each_function.py --ctest CTEST --build-dir DIR
                       [--labels unit,ui] [--exclude-labels bench,soak]
                       [--jobs 2] [--tests REGEX]

A registered test is checked when it has one of --labels, none of
--exclude-labels, and its command runs a QtTest executable (one that calls
QTest::qExec; corpus runners and scripts are left out). Functions of one
binary run one after another (as ctest runs them), different binaries
--jobs at a time. Exit status 1 names every function that fails alone.
"""

import argparse
import concurrent.futures
import json
import mmap
import os
import re
import signal
import subprocess
import sys
import threading
import time

# QTEST_MAIN and friends all end in QTest::qExec; the mangled name is in the
# dynamic symbol table of every QtTest executable.
QTEST_SYMBOL = b"_ZN5QTest5qExec"
# ctest's own default when a test sets no TIMEOUT.
DEFAULT_TIMEOUT_S = 1500
OUTPUT_TAIL_LINES = 60

print_lock = threading.Lock()


def say(text):
    with print_lock:
        print(text, flush=True)


def properties(test):
    return {p["name"]: p["value"] for p in test.get("properties", [])}


def is_qtest_executable(path):
    if not os.path.isfile(path) or not os.access(path, os.X_OK):
        return False
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return False
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(QTEST_SYMBOL) != -1


def environment(props):
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for entry in props.get("ENVIRONMENT", []):
        name, _, value = entry.partition("=")
        env[name] = value
    return env


def run(command, env, cwd, timeout):
    """(exit status or None on timeout, combined output, seconds)."""
    started = time.monotonic()
    # Its own process group, so a timeout also ends what a wrapper started.
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
        status = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        status = None
    return status, output.decode("utf-8", "replace"), time.monotonic() - started


def tail(output):
    lines = output.rstrip().splitlines()
    return "\n".join("    " + line for line in lines[-OUTPUT_TAIL_LINES:])


def check_test(test):
    """Runs each function of one registered test alone; returns the failures."""
    name = test["name"]
    props = properties(test)
    command = test["command"]
    executable = next(arg for arg in command if is_qtest_executable(arg))
    env = environment(props)
    cwd = props.get("WORKING_DIRECTORY")
    timeout = props.get("TIMEOUT", DEFAULT_TIMEOUT_S)
    skip_status = props.get("SKIP_RETURN_CODE")

    # Listing needs no wrapper: nothing of the test runs.
    status, output, _ = run([executable, "-functions"], env, cwd, timeout)
    functions = [line[:-2] for line in output.splitlines() if re.fullmatch(r"\w+\(\)", line)]
    if status != 0 or not functions:
        say(f"{name}: cannot list its functions (exit {status})\n{tail(output)}")
        return [(name, "-functions")]

    started = time.monotonic()
    failures = []
    for function in functions:
        status, output, seconds = run(command + [function], env, cwd, timeout)
        if status == 0 or (skip_status is not None and status == skip_status):
            continue
        why = "timed out" if status is None else f"exit {status}"
        failures.append((name, function))
        say(f"FAILS ALONE: {name} {function} ({why} after {seconds:.1f} s)\n"
            f"  reproduce: cd {cwd} && {' '.join(command + [function])}\n{tail(output)}")
    verdict = "all pass" if not failures else f"{len(failures)} fail"
    say(f"{name}: {len(functions)} functions alone, {verdict} "
        f"({time.monotonic() - started:.1f} s)")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ctest", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--labels", default="unit,ui,client,engine,fault")
    parser.add_argument("--exclude-labels", default="bench,soak,package")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tests", default="", help="only registered tests matching this regex")
    args = parser.parse_args()

    listing = subprocess.run([args.ctest, "--show-only=json-v1"], cwd=args.build_dir,
                             check=True, capture_output=True)
    wanted = set(args.labels.split(","))
    unwanted = set(args.exclude_labels.split(","))
    selected, missing = [], []
    for test in json.loads(listing.stdout)["tests"]:
        labels = set(properties(test).get("LABELS", []))
        if not labels & wanted or labels & unwanted:
            continue
        if args.tests and not re.search(args.tests, test["name"]):
            continue
        # ctest lists no command for a target that is not built yet.
        if "command" not in test:
            missing.append(test["name"])
        elif any(is_qtest_executable(arg) for arg in test["command"]):
            selected.append(test)
    if missing:
        print("not built: " + ", ".join(missing), file=sys.stderr)
        return 1
    if not selected:
        print("no QtTest executable matched", file=sys.stderr)
        return 1

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        failures = [f for result in pool.map(check_test, selected) for f in result]
    print(f"{len(selected)} test binaries checked one function at a time in "
          f"{time.monotonic() - started:.0f} s with {args.jobs} jobs")
    if failures:
        print("Functions that fail when run alone (each must set up its own world):")
        for name, function in failures:
            print(f"  {name} {function}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
