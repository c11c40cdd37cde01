#!/usr/bin/env bash
# folder_bench.sh — a folder of many small files uploaded by the real app, next to aws-cli, on
# the same tree and server (issue 5: 1000 × 64 KiB, Haul ≤ 0.6 CPU s, wall no worse than the
# best peer).
#
#   folder_bench.sh [FILES] [BYTES] [ROUNDS]        defaults: 1000 65536 3
#
# Starts s3rver (tests/servers/servers.sh, bucket "bench"), writes FILES random files of BYTES
# bytes in folders of 100 (reads them once, so every run starts from the page cache), then runs
# ROUNDS rounds of
#   Haul:    QT_QPA_PLATFORM=offscreen haul --account environment TREE --to s3://bench/hN/
#            --quit-when-done           (fresh HOME / XDG_* per run, so no journal is restored)
#   aws-cli: aws --endpoint-url URL s3 cp --recursive TREE s3://bench/aN/
#            (no config files; AWS_REQUEST_CHECKSUM_CALCULATION=when_required, as upload_bench.sh)
# each under /usr/bin/time -f '%e %U %S %M' (wall s, user s, sys s, max RSS KiB), and prints one
# row per run with the 1-minute load average before it. Objects are not deleted (each run has
# its own prefix).
#
# Environment: HAUL (default build/app/haul), BENCH_DIR (default a new mktemp -d, removed at the
# end unless KEEP=1), NO_AWS=1 (Haul only).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HAUL=${HAUL:-$ROOT/build/app/haul}
FILES=${1:-1000}
BYTES=${2:-65536}
ROUNDS=${3:-3}

die() { echo "folder_bench: $*" >&2; exit 1; }
[ -x "$HAUL" ] || die "no haul binary at $HAUL (build it, or set HAUL=…)"
[ -x /usr/bin/time ] || die "/usr/bin/time is needed (apt-get install time)"
[ -n "${NO_AWS:-}" ] || command -v aws >/dev/null || die "aws-cli is needed (or NO_AWS=1)"

W=${BENCH_DIR:-$(mktemp -d /tmp/haul-folder-bench.XXXXXX)}
mkdir -p "$W"
cleanup() {
  bash "$ROOT/tests/servers/servers.sh" stop "$W/servers" >/dev/null 2>&1 || true
  if [ -z "${KEEP:-}" ] && [ -z "${BENCH_DIR:-}" ]; then rm -rf "$W"; fi
}
trap cleanup EXIT

S3RVER_BUCKETS=bench bash "$ROOT/tests/servers/servers.sh" start "$W/servers" s3rver >"$W/servers.log" 2>&1 \
  || { cat "$W/servers.log"; die "s3rver did not start"; }
URL=$(sed -n 's/^S3RVER_URL=//p' "$W/servers/servers.env")

TREE=$W/tree-$FILES-$BYTES
if [ ! -d "$TREE" ]; then
  for ((i = 0; i < FILES; i++)); do
    d=$TREE/d$((i / 100)); mkdir -p "$d"
    head -c "$BYTES" /dev/urandom >"$d/f$i.bin"
  done
fi
cat "$TREE"/*/* >/dev/null

load() { cut -d' ' -f1 /proc/loadavg; }

run_haul() {  # run_haul PREFIX TIMEFILE
  local home=$W/home-$1
  rm -rf "$home"; mkdir -p "$home/run" "$home/config"; chmod 700 "$home/run"
  env -u AWS_PROFILE -u AWS_CA_BUNDLE HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
    AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_ENDPOINT_URL="$URL" AWS_REGION=us-east-1 \
    /usr/bin/time -f '%e %U %S %M' -o "$2" "$HAUL" --account environment "$TREE" --to "s3://bench/$1/" \
    --quit-when-done >"$W/$1.out" 2>"$W/$1.err" || { cat "$W/$1.out" "$W/$1.err" >&2; die "Haul failed ($1)"; }
  rm -rf "$home"
}

run_aws() {  # run_aws PREFIX TIMEFILE
  env -u AWS_CA_BUNDLE -u AWS_PROFILE AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
    AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1 \
    AWS_REQUEST_CHECKSUM_CALCULATION=when_required \
    /usr/bin/time -f '%e %U %S %M' -o "$2" aws --endpoint-url "$URL" s3 cp --recursive --only-show-errors \
    "$TREE" "s3://bench/$1/" >"$W/$1.out" 2>&1 || { cat "$W/$1.out" >&2; die "aws-cli failed ($1)"; }
}

row() {  # row NAME LOAD TIMEFILE
  read -r wall user sys rss <"$3"
  printf '%-8s load %-5s  wall %6.2f s  CPU %5.2f s (user %5.2f, sys %5.2f)  max RSS %4d MB\n' \
    "$1" "$2" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))"
}

echo "$FILES files of $BYTES bytes, $ROUNDS round(s), s3rver at $URL, haul: $HAUL"
for ((r = 1; r <= ROUNDS; r++)); do
  l=$(load); run_haul "h$r" "$W/h$r.time"; row haul "$l" "$W/h$r.time"
  if [ -z "${NO_AWS:-}" ]; then
    l=$(load); run_aws "a$r" "$W/a$r.time"; row aws-cli "$l" "$W/a$r.time"
  fi
done
