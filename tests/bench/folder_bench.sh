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
#   rclone:  rclone copy TREE bench:bench/rN/      (PEERS, below; its defaults: 4 transfers;
#            the remote from RCLONE_CONFIG_BENCH_* variables, no config file)
#   s3cmd:   s3cmd -c /dev/null --no-ssl … put --recursive TREE s3://bench/sN/   (PEERS)
# Environment: HAUL (default build/app/haul), HAULS="binA binB …" (several builds, run one after
# the other in each round, to compare them on the same load; rows are named by position, and a
# median per binary is printed at the end), BENCH_DIR (default a new mktemp -d, removed at the end
# unless KEEP=1), PEERS (default "aws"; "aws rclone s3cmd" runs all three peers of issue 5 —
# apt-get install rclone s3cmd), NO_AWS=1 (Haul only: the same as PEERS="").
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HAUL=${HAUL:-$ROOT/build/app/haul}
FILES=${1:-1000}
BYTES=${2:-65536}
ROUNDS=${3:-3}

read -r -a BINS <<<"${HAULS:-$HAUL}"
if [ -n "${NO_AWS:-}" ]; then PEERS=""; fi
read -r -a PEER_LIST <<<"${PEERS-aws}"

die() { echo "folder_bench: $*" >&2; exit 1; }
for b in "${BINS[@]}"; do [ -x "$b" ] || die "no haul binary at $b (build it, or set HAUL=…)"; done
[ -x /usr/bin/time ] || die "/usr/bin/time is needed (apt-get install time)"
for p in "${PEER_LIST[@]}"; do
  case $p in aws|rclone|s3cmd) command -v "$p" >/dev/null || die "$p is needed (or leave it out of PEERS)" ;;
    *) die "unknown peer $p (aws, rclone, s3cmd)" ;; esac
done

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

run_rclone() {  # run_rclone PREFIX TIMEFILE
  env -u AWS_CA_BUNDLE RCLONE_CONFIG=/dev/null RCLONE_CONFIG_BENCH_TYPE=s3 RCLONE_CONFIG_BENCH_PROVIDER=Other \
    RCLONE_CONFIG_BENCH_ACCESS_KEY_ID=S3RVER RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY=S3RVER \
    RCLONE_CONFIG_BENCH_ENDPOINT="$URL" RCLONE_CONFIG_BENCH_REGION=us-east-1 \
    /usr/bin/time -f '%e %U %S %M %w %c' -o "$2" rclone copy "$TREE" "bench:bench/$1/$(basename "$TREE")" \
    >"$W/$1.out" 2>&1 || { cat "$W/$1.out" >&2; die "rclone failed ($1)"; }
}

run_s3cmd() {  # run_s3cmd PREFIX TIMEFILE
  local hostport=${URL#http://}
  /usr/bin/time -f '%e %U %S %M %w %c' -o "$2" s3cmd -c /dev/null --no-ssl --access_key=S3RVER \
    --secret_key=S3RVER --host="$hostport" --host-bucket="$hostport" --region=us-east-1 --quiet \
    put --recursive "$TREE" "s3://bench/$1/" >"$W/$1.out" 2>&1 || { cat "$W/$1.out" >&2; die "s3cmd failed ($1)"; }
}

count_keys() {  # count_keys PREFIX: objects under s3://bench/PREFIX/ (unsigned: s3rver checks no signatures)
  python3 - "$URL" "$1/" <<'PY'
import sys, urllib.parse, urllib.request, xml.etree.ElementTree as ET
url, prefix, n, token = sys.argv[1], sys.argv[2], 0, None
while True:
    q = {"list-type": "2", "prefix": prefix, **({"continuation-token": token} if token else {})}
    root = ET.fromstring(urllib.request.urlopen(f"{url}/bench?{urllib.parse.urlencode(q)}").read())
    tags = [(e.tag.rsplit("}", 1)[-1], e.text) for e in root]  # s3rver's namespace is not AWS's
    n += sum(1 for t, _ in tags if t == "Contents")
    token = dict(tags).get("NextContinuationToken")
    if dict(tags).get("IsTruncated") != "true" or not token:
        break
print(n)
PY
}

row() {  # row NAME LOAD TIMEFILE (PREFIX = basename of TIMEFILE: every file must be in the bucket)
  local prefix n
  prefix=$(basename "$3" .time); n=$(count_keys "$prefix")
  [ "$n" -eq "$FILES" ] || die "$1 ($prefix) stored $n objects, not $FILES"
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
  for p in "${PEER_LIST[@]}"; do
    case $p in
      aws) l=$(load); run_aws "a$r" "$W/a$r.time"; row aws-cli "$l" "$W/a$r.time" ;;
      rclone) l=$(load); run_rclone "r$r" "$W/r$r.time"; row rclone "$l" "$W/r$r.time" ;;
      s3cmd) l=$(load); run_s3cmd "s$r" "$W/s$r.time"; row s3cmd "$l" "$W/s$r.time" ;;
    esac
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for name in $(cut -d' ' -f1 "$W/summary" | sort -u); do
  col() { grep "^$name " "$W/summary" | cut -d' ' -f"$1" | median; }
  printf '%-8s median of %d: CPU %.2f s, wall %.2f s, voluntary context switches %d\n' "$name" \
    "$(grep -c "^$name " "$W/summary")" "$(col 2)" "$(col 3)" "$(col 4)"
done
