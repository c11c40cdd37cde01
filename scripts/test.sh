#!/usr/bin/env bash
# test.sh — the README's test command: installs what is missing, builds with warnings as
# errors, and runs every test (unit, integration against the real servers, GUI offscreen)
# through CTest, whose fixture `servers` starts and stops the servers (tests/servers/servers.sh).
# Exits with CTest's status; the last line printed is CTest's summary.
#
#   scripts/test.sh            (build directory: $HAUL_BUILD_DIR, default build/)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD=${HAUL_BUILD_DIR:-build}

bash scripts/setup.sh
echo "[test] configure $BUILD"
cmake -S . -B "$BUILD" -G Ninja -DHAUL_WERROR=ON
echo "[test] build"
cmake --build "$BUILD"
echo "[test] ctest"
LOG="$BUILD/ctest-output.log"
status=0
ctest --test-dir "$BUILD" --output-on-failure --no-tests=error -j2 2>&1 | tee "$LOG" \
  || status=${PIPESTATUS[0]}
# CTest prints its summary before the list of failed tests and the total time: say it last.
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$LOG" | tail -n 1 || true)
echo
if [ -n "$summary" ]; then
  echo "$summary"
else
  echo "ctest did not finish (exit status $status): see $LOG"
  [ "$status" != 0 ] || status=1
fi
exit "$status"
