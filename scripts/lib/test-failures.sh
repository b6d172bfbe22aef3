# shellcheck shell=bash
# Runs a test command with its output also kept in a log, and repeats every failed test with its message at the end:
# CI shows only the tail of a long run, and the failures would otherwise scroll out of it among the passes.
run_tests_keeping_failures() { # log command...
  local log=$1; shift
  local status=0
  set -o pipefail
  "$@" 2>&1 | tee "$log" || status=$?
  if [ "$status" -ne 0 ]; then
    echo
    echo "== Tests that failed in this run (exit $status), repeated from $log =="
    # A failure block runs from its "Failed" line to the next test's line, at most 20 lines.
    awk '/^  (Passed|Skipped) / { shown = 0 }
         /^  Failed |Test host process crashed|Test Run Aborted|active test run was aborted/ { shown = 20 }
         shown > 0 { print; shown-- }' "$log"
    grep -E ': error [A-Z]+[0-9]+' "$log" | sort -u | head -20 || true
    grep -E '^(Failed!|Test Run Failed|Total tests|     Failed:)' "$log" || true
  fi
  return "$status"
}
