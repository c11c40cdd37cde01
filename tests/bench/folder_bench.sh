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
# each under /usr/bin/time -f '%e %U %S %M %w %c' (wall s, user s, sys s, max RSS KiB, voluntary
# and involuntary context switches), and prints one row per run with the 1-minute load average
# before it. The context switches (thread wake-ups, mostly) vary less with the load than the CPU
# seconds do. Objects are not deleted (each run has
# its own prefix).
#
# Environment: HAUL (default build/app/haul), HAULS="binA binB …" (several builds, run one after
# the other in each round, to compare them on the same load; rows are named by position, and a
# median per binary is printed at the end), BENCH_DIR (default a new mktemp -d, removed at the end
# unless KEEP=1), NO_AWS=1 (Haul only).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HAUL=${HAUL:-$ROOT/build/app/haul}
FILES=${1:-1000}
BYTES=${2:-65536}
ROUNDS=${3:-3}

read -r -a BINS <<<"${HAULS:-$HAUL}"

die() { echo "folder_bench: $*" >&2; exit 1; }
for b in "${BINS[@]}"; do [ -x "$b" ] || die "no haul binary at $b (build it, or set HAUL=…)"; done
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

run_haul() {  # run_haul BINARY PREFIX TIMEFILE
  local HAUL=$1; shift
  local home=$W/home-$1
  rm -rf "$home"; mkdir -p "$home/run" "$home/config"; chmod 700 "$home/run"
  env -u AWS_PROFILE -u AWS_CA_BUNDLE HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
    AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_ENDPOINT_URL="$URL" AWS_REGION=us-east-1 \
    /usr/bin/time -f '%e %U %S %M %w %c' -o "$2" "$HAUL" --account environment "$TREE" --to "s3://bench/$1/" \
    --quit-when-done >"$W/$1.out" 2>"$W/$1.err" || { cat "$W/$1.out" "$W/$1.err" >&2; die "Haul failed ($1)"; }
  rm -rf "$home"
}

run_aws() {  # run_aws PREFIX TIMEFILE
  env -u AWS_CA_BUNDLE -u AWS_PROFILE AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
    AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1 \
    AWS_REQUEST_CHECKSUM_CALCULATION=when_required \
    /usr/bin/time -f '%e %U %S %M %w %c' -o "$2" aws --endpoint-url "$URL" s3 cp --recursive --only-show-errors \
    "$TREE" "s3://bench/$1/" >"$W/$1.out" 2>&1 || { cat "$W/$1.out" >&2; die "aws-cli failed ($1)"; }
}

row() {  # row NAME LOAD TIMEFILE
  read -r wall user sys rss vcs ics <"$3"
  echo "$1 $(echo "$user + $sys" | bc) $wall $vcs" >>"$W/summary"
  printf '%-8s load %-5s  wall %6.2f s  CPU %5.2f s (user %5.2f, sys %5.2f)  max RSS %4d MB  cs %6d + %4d\n' \
    "$1" "$2" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" "$vcs" "$ics"
}

echo "$FILES files of $BYTES bytes, $ROUNDS round(s), s3rver at $URL, haul: ${BINS[*]}"
: >"$W/summary"
for ((r = 1; r <= ROUNDS; r++)); do
  for i in "${!BINS[@]}"; do
    name=haul; [ "${#BINS[@]}" -eq 1 ] || name=haul$((i + 1))
    p=h$r; [ "${#BINS[@]}" -eq 1 ] || p=h${r}b$((i + 1))
    l=$(load); run_haul "${BINS[$i]}" "$p" "$W/$p.time"; row "$name" "$l" "$W/$p.time"
  done
  if [ -z "${NO_AWS:-}" ]; then
    l=$(load); run_aws "a$r" "$W/a$r.time"; row aws-cli "$l" "$W/a$r.time"
  fi
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for name in $(cut -d' ' -f1 "$W/summary" | sort -u); do
  col() { grep "^$name " "$W/summary" | cut -d' ' -f"$1" | median; }
  printf '%-8s median of %d: CPU %.2f s, wall %.2f s, voluntary context switches %d\n' "$name" \
    "$(grep -c "^$name " "$W/summary")" "$(col 2)" "$(col 3)" "$(col 4)"
done
