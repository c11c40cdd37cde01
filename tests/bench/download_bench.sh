#!/usr/bin/env bash
# download_bench.sh — what one big download costs Haul, next to aws-cli, on the same object and server.
#
#   download_bench.sh [SIZE] [ROUNDS]      CPU / memory benchmark against s3rver on loopback
#   download_bench.sh --scaling [SIZE]     1 connection vs 16 through the shaping proxy
#
# CPU mode (default SIZE 1G, ROUNDS 3). Starts s3rver (tests/servers/servers.sh, bucket
# "bench"), writes a random file of SIZE bytes (numfmt IEC suffixes: 256M, 1G, 10G) and uploads
# it once as s3://bench/obj (with aws-cli: multipart, 8 MiB parts; with NO_AWS=1 in one unsigned
# PUT by curl; s3rver gives either the whole object's MD5 as ETag and keeps no checksum, so
# Haul's check is the MD5 of the whole file), then runs ROUNDS rounds of
#   Haul:    QT_QPA_PLATFORM=offscreen haul --account environment --download s3://bench/obj
#            --to DIR --quit-when-done   (fresh XDG_* / HOME per run, so no journal is restored;
#            verification is always on)
#   aws-cli: aws --endpoint-url URL s3 cp s3://bench/obj DIR/
#            (AWS_CONFIG_FILE=AWS_SHARED_CREDENTIALS_FILE=/dev/null, AWS_CA_BUNDLE unset,
#             AWS_REQUEST_CHECKSUM_CALCULATION=when_required as in upload_bench.sh)
# each into an empty folder, under /usr/bin/time -f '%e %U %S %M' (wall s, user s, sys s, max
# RSS KiB). After each run (not timed) the downloaded file is compared with the original (cmp)
# and removed; a failed download (non-zero exit) or a different file stops the benchmark. Prints
# one row per run (with the 1-minute load average before it), then the medians and the ratio of
# median CPU (user + sys) Haul / aws-cli.
#
# Scaling mode (default SIZE 256M: 32 ranges of 8 MiB). Starts s3rver and
# tests/tools/faultproxy.py in front of it with a per-connection cap (RATE bytes/s per
# connection and direction, default 1 MiB/s) and first-byte latency (LATENCY_MS, default 50) on
# every response, uploads the object directly to s3rver, then downloads it with Haul through the
# proxy once with 1 connection and once with 16 (the "connections" preference, written to the
# run's fresh settings file). Reports each run's wall time and speed (object size / wall time of
# the whole process, start-up included) and the speed-up; the proxy's log gives the range phase
# alone (first ranged GET start to last ranged GET end).
#
# Environment:
#   HAUL        the haul binary (default: build/app/haul under the repository root)
#   BENCH_DIR   work directory (default: a new mktemp -d under /tmp; removed at the end
#               unless KEEP=1). Holds the file, the servers' data, the downloads and the logs.
#   BENCH_FILE  use this file instead of writing a random one (SIZE is then ignored)
#   NO_AWS=1    run Haul only (e.g. the 10 GiB RSS run); the object is then uploaded by curl
#   HAULS="A B" compare several haul runs (CPU mode): each round runs each of them, then
#               aws-cli. An entry is a binary, optionally with preferences of its own after an
#               @, comma-separated: "build/app/haul build/app/haul@connections=4".
#   SETTINGS    Haul preferences for every Haul run, e.g. "connections=8" (keys of the
#               [preferences] group that app/appsettings.cpp reads)
#   SERVER=moto the object on moto instead of s3rver (aws-cli needed): moto gives a multipart
#               object the S3 ETag (MD5 of the parts' MD5s, "-N"), so Haul checks each part,
#               16 parts' MD5s side by side; moto serves only 10-15 MiB/s, so wall time is moto's
#   RATE, LATENCY_MS, CONNECTIONS ("1 16")   scaling mode
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HAUL=${HAUL:-$ROOT/build/app/haul}
MODE=cpu
if [ "${1:-}" = "--scaling" ]; then MODE=scaling; shift; fi
if [ "$MODE" = scaling ]; then SIZE_ARG=${1:-256M}; else SIZE_ARG=${1:-1G}; fi
ROUNDS=${2:-3}
RATE=${RATE:-1048576}
LATENCY_MS=${LATENCY_MS:-50}
CONNECTIONS=${CONNECTIONS:-"1 16"}
SERVER=${SERVER:-s3rver}

die() { echo "download_bench: $*" >&2; exit 1; }
[ -n "${HAULS:-}" ] || [ -x "$HAUL" ] || die "no haul binary at $HAUL (build it, or set HAUL=…)"
[ -x /usr/bin/time ] || die "/usr/bin/time is needed (apt-get install time)"
if [ -z "${NO_AWS:-}" ]; then command -v aws >/dev/null || die "aws-cli is needed (or NO_AWS=1)"; fi

W=${BENCH_DIR:-$(mktemp -d /tmp/haul-dlbench.XXXXXX)}
mkdir -p "$W"
PROXY_PID=
cleanup() {
  [ -n "$PROXY_PID" ] && kill "$PROXY_PID" 2>/dev/null || true
  bash "$ROOT/tests/servers/servers.sh" stop "$W/servers" >/dev/null 2>&1 || true
  if [ -z "${KEEP:-}" ] && [ -z "${BENCH_DIR:-}" ]; then rm -rf "$W"; fi
}
trap cleanup EXIT

case $SERVER in
  s3rver) KEY=S3RVER ;;
  moto) KEY=testing; [ -z "${NO_AWS:-}" ] || die "SERVER=moto needs aws-cli to create the bucket and upload" ;;
  *) die "SERVER must be s3rver or moto" ;;
esac
S3RVER_BUCKETS=bench bash "$ROOT/tests/servers/servers.sh" start "$W/servers" "$SERVER" >"$W/servers.log" 2>&1 \
  || { cat "$W/servers.log"; die "$SERVER did not start"; }
SERVER_VAR=$(echo "$SERVER" | tr '[:lower:]' '[:upper:]')_URL
S3RVER_URL=$(sed -n "s/^$SERVER_VAR=//p" "$W/servers/servers.env") # the server's URL, whichever

if [ -n "${BENCH_FILE:-}" ]; then
  FILE=$BENCH_FILE
else
  FILE=$W/bench-$SIZE_ARG.bin
  head -c "$(numfmt --from=iec "$SIZE_ARG")" /dev/urandom >"$FILE"
fi
SIZE=$(stat -c %s "$FILE")

aws_env() {
  env -u AWS_CA_BUNDLE -u AWS_PROFILE AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
    AWS_ACCESS_KEY_ID=$KEY AWS_SECRET_ACCESS_KEY=$KEY AWS_DEFAULT_REGION=us-east-1 \
    AWS_REQUEST_CHECKSUM_CALCULATION=when_required "$@"
}

# haul_env HOME_DIR SETTINGS URL: the environment of one Haul run (fresh home and settings file).
haul_env() {
  local home=$1 settings=$2 url=$3 kv
  rm -rf "$home"; mkdir -p "$home/run" "$home/config/Haul"; chmod 700 "$home/run"
  if [ -n "${settings// /}" ]; then
    { echo "[preferences]"; for kv in $settings; do echo "$kv"; done; } >"$home/config/Haul/Haul.conf"
  fi
  HAUL_ENV=(env -u AWS_PROFILE -u AWS_CA_BUNDLE HOME="$home" XDG_CONFIG_HOME="$home/config"
    XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
    QT_QPA_PLATFORM=offscreen AWS_ACCESS_KEY_ID=$KEY AWS_SECRET_ACCESS_KEY=$KEY
    AWS_ENDPOINT_URL="$url" AWS_REGION=us-east-1)
}

upload_object() {
  if [ "$SERVER" = moto ]; then
    aws_env aws --endpoint-url "$S3RVER_URL" s3 mb s3://bench >/dev/null || die "no bucket on moto"
  fi
  if [ -z "${NO_AWS:-}" ]; then
    aws_env aws --endpoint-url "$S3RVER_URL" s3 cp "$FILE" s3://bench/obj --only-show-errors \
      >"$W/upload.out" 2>&1 || { cat "$W/upload.out" >&2; die "aws-cli could not upload the object"; }
    return
  fi
  # One PUT: s3rver checks no signatures, and assembling a multipart upload of 10 GiB takes it
  # longer than a client waits for CompleteMultipartUpload.
  curl -sSf -o "$W/upload.out" -X PUT -T "$FILE" "$S3RVER_URL/bench/obj" \
    || die "curl could not upload the object"
}

# check_and_remove DIR: the download in DIR must equal the original file.
check_and_remove() {
  [ -f "$1/obj" ] || die "no file downloaded into $1"
  cmp -s "$FILE" "$1/obj" || die "the file downloaded into $1 differs from the original"
  rm -rf "$1"
}

# run_haul URL NAME TIMEFILE [BINARY [SETTINGS]]: one download by the real app into $W/NAME.
run_haul() {
  local bin=${4:-$HAUL} settings=${5:-${SETTINGS:-}}
  rm -rf "${W:?}/$2"; mkdir -p "$W/$2"
  haul_env "$W/home-$2" "$settings" "$1"
  "${HAUL_ENV[@]}" /usr/bin/time -f '%e %U %S %M' -o "$3" "$bin" --account environment \
    --download s3://bench/obj --to "$W/$2" --quit-when-done >"$W/$2.out" 2>"$W/$2.err" \
    || { cat "$W/$2.out" "$W/$2.err" >&2; die "Haul failed ($2)"; }
  grep -h '^haul:' "$W/$2.out" "$W/$2.err" >&2 || true
  rm -rf "$W/home-$2"
}

run_aws() {
  rm -rf "${W:?}/$2"; mkdir -p "$W/$2"
  aws_env /usr/bin/time -f '%e %U %S %M' -o "$3" aws --endpoint-url "$1" s3 cp s3://bench/obj "$W/$2/" \
    --only-show-errors >"$W/$2.out" 2>&1 || { cat "$W/$2.out" >&2; die "aws-cli failed ($2)"; }
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }

cpu_mode() {
  local results=$W/results.txt gib
  gib=$(awk -v s="$SIZE" 'BEGIN { printf "%.3f", s / 1073741824 }')
  : >"$results"; : >"$W/medians.txt"
  upload_object
  echo "object: $SIZE bytes ($gib GiB), $ROUNDS round(s), $SERVER at $S3RVER_URL, haul: ${HAULS:-$HAUL}, settings: ${SETTINGS:-defaults}"
  local -a tools=()
  local b
  if [ -n "${HAULS:-}" ]; then
    for b in $HAULS; do [ -x "${b%%@*}" ] || die "no haul binary at ${b%%@*}"; tools+=("$b"); done
  else
    tools=("$HAUL")
  fi
  [ -z "${NO_AWS:-}" ] && tools+=(aws)
  local r i
  for r in $(seq 1 "$ROUNDS"); do
    for i in "${!tools[@]}"; do
      local tool=${tools[$i]} name prefix load
      load=$(load1)
      if [ "$tool" = aws ]; then
        name=aws; prefix=a$r
        run_aws "$S3RVER_URL" "$prefix" "$W/$prefix.time"
      else
        local bin=${tool%%@*} own=''
        [[ $tool == *@* ]] && own=${tool#*@}
        name=haul; [ -n "${HAULS:-}" ] && name=$(basename "$bin")${own:+@$own}
        prefix=h$i-$r
        run_haul "$S3RVER_URL" "$prefix" "$W/$prefix.time" "$bin" "${own//,/ } ${SETTINGS:-}"
      fi
      check_and_remove "$W/$prefix"
      read -r wall user sys rss <"$W/$prefix.time"
      echo "$name $r $wall $user $sys $rss $load" >>"$results"
    done
  done
  echo
  printf '%-28s %5s %8s %8s %8s %8s %10s %10s %6s\n' tool round wall_s user_s sys_s cpu_s cpu_s/GiB maxrss_MB load1
  awk -v gib="$gib" '{ cpu = $4 + $5; printf "%-28s %5s %8.2f %8.2f %8.2f %8.2f %10.2f %10.1f %6s\n",
    $1, $2, $3, $4, $5, cpu, cpu / gib, $6 / 1000, $7 }' "$results"
  echo
  printf '%-28s %8s %8s %10s %10s\n' median wall_s cpu_s cpu_s/GiB maxrss_MB
  local t
  for t in $(awk '!seen[$1]++ { print $1 }' "$results"); do
    local w c m
    w=$(awk -v t="$t" '$1 == t { print $3 }' "$results" | median)
    c=$(awk -v t="$t" '$1 == t { print $4 + $5 }' "$results" | median)
    m=$(awk -v t="$t" '$1 == t { print $6 / 1000 }' "$results" | median)
    printf '%-28s %8.2f %8.2f %10.2f %10.1f\n' "$t" "$w" "$c" "$(awk -v c="$c" -v g="$gib" 'BEGIN { print c / g }')" "$m"
    echo "$t $c" >>"$W/medians.txt"
  done
  local aws_cpu
  aws_cpu=$(awk '$1 == "aws" { print $2 }' "$W/medians.txt")
  if [ -n "$aws_cpu" ]; then
    awk -v a="$aws_cpu" '$1 != "aws" { printf "CPU ratio %s / aws-cli (medians): %.2f\n", $1, $2 / a }' "$W/medians.txt"
  fi
}

scaling_mode() {
  local log=$W/proxy.log
  upload_object
  python3 "$ROOT/tests/tools/faultproxy.py" --upstream "$S3RVER_URL" --port 0 \
    --rate-per-conn "$RATE" --latency-ms "$LATENCY_MS" --log "$log" >"$W/proxy.out" 2>"$W/proxy.err" &
  PROXY_PID=$!
  local port=''
  for _ in $(seq 1 100); do
    port=$(sed -n 's/^LISTENING //p' "$W/proxy.out" 2>/dev/null)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || die "faultproxy did not start: $(cat "$W/proxy.err")"
  echo "object: $SIZE bytes, faultproxy on port $port: $RATE bytes/s per connection, ${LATENCY_MS} ms first-byte latency"
  printf '%-11s %8s %12s %15s %9s %9s\n' connections wall_s MiB/s_wall MiB/s_ranges cpu_s maxrss_MB
  local base_wall='' base_ranges=''
  local n
  for n in $CONNECTIONS; do
    : >"$log"
    run_haul "http://127.0.0.1:$port" "s$n" "$W/s$n.time" "$HAUL" "connections=$n ${SETTINGS:-}"
    check_and_remove "$W/s$n"
    read -r wall user sys rss <"$W/s$n.time"
    # The range phase from the proxy's log: first ranged GET start to last ranged GET end.
    local ranges
    ranges=$(python3 - "$log" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
gets = [r for r in rows if r["method"] == "GET" and r["status"] in (200, 206) and r["resp_bytes"] > 0]
start = min(r["t"] for r in gets); end = max(r["t"] + r["duration"] for r in gets)
print("%.3f %d %d" % (end - start, sum(r["resp_bytes"] for r in gets), len({r["conn"] for r in gets})))
EOF
)
    read -r rwall rbytes rconns <<<"$ranges"
    local mbw mbr
    mbw=$(awk -v s="$SIZE" -v w="$wall" 'BEGIN { printf "%.2f", s / 1048576 / w }')
    mbr=$(awk -v s="$rbytes" -v w="$rwall" 'BEGIN { printf "%.2f", s / 1048576 / w }')
    printf '%-11s %8.2f %12s %15s %9.2f %9.1f   (ranges over %s client connections in %.2f s)\n' \
      "$n" "$wall" "$mbw" "$mbr" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
      "$(awk -v m="$rss" 'BEGIN { print m / 1000 }')" "$rconns" "$rwall"
    if [ -z "$base_wall" ]; then
      base_wall=$wall; base_ranges=$rwall
    else
      awk -v n="$n" -v b="$base_wall" -v w="$wall" -v bp="$base_ranges" -v p="$rwall" 'BEGIN {
        printf "speed-up %s vs 1 connection: %.1fx (whole process), %.1fx (range phase)\n", n, b / w, bp / p }'
    fi
  done
}

"${MODE}_mode"
