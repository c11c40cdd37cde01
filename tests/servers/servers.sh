#!/usr/bin/env bash
# servers.sh — the real servers Haul's integration tests run against, all on 127.0.0.1.
#
#   servers.sh start DIR [NAME...]   start fresh (stops a previous run in DIR first)
#   servers.sh stop DIR              stop everything started in DIR (safe to run twice)
#   servers.sh status DIR            show what runs and answers
#
# NAMEs (default: all): s3rver (HTTP), s3rver-https, moto, rgw (Ceph radosgw), keyring
# (gnome-keyring-daemon in a private D-Bus session). Ports are free ports picked at start;
# every server keeps its data and log in DIR. The addresses and keys go to DIR/servers.env as
# KEY=VALUE lines (no quotes, no export), read by tests/support/testenv.cpp:
#
#   SERVERS_DIR
#   S3RVER_URL S3RVER_ACCESS_KEY S3RVER_SECRET_KEY S3RVER_REGION          (s3rver)
#   S3RVER_HTTPS_URL S3RVER_CA                                            (s3rver-https)
#   MOTO_URL MOTO_ACCESS_KEY MOTO_SECRET_KEY MOTO_REGION                  (moto)
#   RGW_URL RGW_ACCESS_KEY RGW_SECRET_KEY RGW_REGION                      (rgw)
#   RGW_SECOND_ACCESS_KEY RGW_SECOND_SECRET_KEY  (rgw's second user, uid "seconduser")
#   DBUS_SESSION_BUS_ADDRESS KEYRING_HOME                                 (keyring)
#
# S3RVER_BUCKETS="demo other" (environment) makes s3rver (HTTP and HTTPS) start with those
# buckets. Exits non-zero, naming the server and showing the tail of its log, if any did not
# answer.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ALL_NAMES="s3rver s3rver-https moto rgw keyring"
S3RVER_VERSION=3.7.1
MARKER=.haul-test-servers

S3RVER_KEY=S3RVER              # s3rver's built-in account; it does not check SigV4 signatures
MOTO_KEY=testing               # moto accepts any credentials
RGW_ACCESS_KEY=TESTACCESSKEY0000001
RGW_SECRET_KEY=testsecretkey0000000000000000000000000001
RGW_SECOND_ACCESS_KEY=TESTACCESSKEY0000002
RGW_SECOND_SECRET_KEY=testsecretkey0000000000000000000000000002
REGION=us-east-1
KEYRING_PASSWORD=haul-test-keyring

log() { printf '[servers %s] %s\n' "$(date +%T)" "$*"; }
fail() { printf '[servers %s] ERROR: %s\n' "$(date +%T)" "$*" >&2; }
usage() { echo "usage: $0 {start DIR [${ALL_NAMES// /|}...]|stop DIR|status DIR}" >&2; exit 2; }

# ---------------------------------------------------------------- process bookkeeping

# proc_start_time PID: the kernel's start time of PID (guards against PID reuse)
proc_start_time() {
  [ -r "/proc/$1/stat" ] || return 1
  sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $20 }'
}

record_pid() {  # record_pid NAME PID
  local t
  t=$(proc_start_time "$2") || t=0
  echo "$1 $2 $t" >>"$DIR/pids"
}

# same_process PID STARTTIME: PID still is the process that was recorded (and not a zombie)
same_process() {
  local st
  [ -r "/proc/$1/stat" ] || return 1
  st=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ "$st" != Z ] || return 1
  [ "$(proc_start_time "$1")" = "$2" ]
}

stop_recorded() {
  local name pid t n=0
  [ -f "$DIR/pids" ] || return 0
  while read -r name pid t; do
    [ -n "${pid:-}" ] || continue
    same_process "$pid" "$t" || continue
    kill -TERM "$pid" 2>/dev/null || true
    n=$((n + 1))
  done < <(tac "$DIR/pids")  # last started first: the keyring before its bus
  local end=$(( $(date +%s) + 5 ))
  while read -r name pid t; do
    [ -n "${pid:-}" ] || continue
    while same_process "$pid" "$t" && [ "$(date +%s)" -lt "$end" ]; do sleep 0.1; done
    if same_process "$pid" "$t"; then
      log "$name (pid $pid) did not stop on TERM: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done <"$DIR/pids"
  rm -f "$DIR/pids"
  log "stopped $n process(es)"
}

cmd_stop() {
  [ -d "$DIR" ] || { log "nothing to stop in $DIR"; return 0; }
  rm -f "$DIR/servers.env"
  stop_recorded
  if [ -f "$DIR/rgw/ceph.conf" ]; then
    RGW_TEST_DIR="$DIR/rgw" bash "$HERE/rgw.sh" stop >>"$DIR/logs/rgw.log" 2>&1 || true
    log "stopped Ceph RGW"
  fi
}

# ---------------------------------------------------------------- ports

# free_ports N: N distinct free TCP ports on 127.0.0.1 (held open together while chosen)
free_ports() {
  python3 - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

# free_range N: the first port of N consecutive free ports below the ephemeral range
free_range() {
  python3 - "$1" <<'EOF'
import random, socket, sys
n = int(sys.argv[1])
for _ in range(200):
    base = random.randrange(20000, 32000 - n)
    socks = []
    try:
        for p in range(base, base + n):
            s = socket.socket()
            socks.append(s)
            s.bind(("127.0.0.1", p))
    except OSError:
        continue
    finally:
        for s in socks:
            s.close()
    print(base)
    sys.exit(0)
sys.exit("no free port range found")
EOF
}

# ---------------------------------------------------------------- waiting

# http_code URL [curl options]: the HTTP status a server answers with ("000" when none)
http_code() {
  local url=$1; shift
  curl -s -o /dev/null -m 2 -w '%{http_code}' "$@" "$url" 2>/dev/null || true
}

# wait_http NAME URL SECONDS PID [curl options]: wait until URL gives any HTTP answer
wait_http() {
  local name=$1 url=$2 secs=$3 pid=$4; shift 4
  local end=$(( $(date +%s) + secs )) code
  while :; do
    code=$(http_code "$url" "$@")
    case "$code" in [1-5]??) return 0 ;; esac
    if ! kill -0 "$pid" 2>/dev/null; then
      report_failure "$name" "exited before answering on $url"; return 1
    fi
    if [ "$(date +%s)" -ge "$end" ]; then
      report_failure "$name" "did not answer on $url within ${secs}s"; return 1
    fi
    sleep 0.2
  done
}

report_failure() {  # report_failure NAME WHAT
  local logf="$DIR/logs/$1.log"
  fail "$1 $2 (log: $logf)"
  if [ -f "$logf" ]; then
    echo "---- last lines of $logf ----" >&2
    tail -n 25 "$logf" >&2
    echo "----" >&2
  fi
}

# ---------------------------------------------------------------- s3rver

npm_ready() {
  local mods="$HERE/node_modules"
  [ -f "$mods/s3rver/package.json" ] && [ -f "$mods/.package-lock.json" ] || return 1
  grep -q "\"version\": \"$S3RVER_VERSION\"" "$mods/s3rver/package.json" || return 1
  [ ! "$HERE/package-lock.json" -nt "$mods/.package-lock.json" ]
}

ensure_s3rver_installed() {
  npm_ready && return 0
  log "installing s3rver $S3RVER_VERSION (npm ci in $HERE)"
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) >"$DIR/logs/npm-ci.log" 2>&1 \
    || { report_failure npm-ci "failed: npm ci in $HERE"; return 1; }
}

make_tls() {
  local tls="$DIR/tls"
  mkdir -p "$tls"
  cat >"$tls/server.ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
  {
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
      -subj "/CN=Haul throw-away test CA" -keyout "$tls/ca.key" -out "$tls/ca.pem" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" &&
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
      -keyout "$tls/server.key" -out "$tls/server.csr" &&
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
      -CAcreateserial -days 30 -extfile "$tls/server.ext" -out "$tls/server.pem"
  } >"$DIR/logs/openssl.log" 2>&1 || { report_failure openssl "could not make the test certificates"; return 1; }
}

# start_s3rver NAME [--key K --cert C]: s3rver on a port of its own choosing (port 0)
start_s3rver() {
  local name=$1 bucket; shift
  mkdir -p "$DIR/$name"
  for bucket in ${S3RVER_BUCKETS:-}; do set -- "$@" --configure-bucket "$bucket"; done
  # --openssl-legacy-provider: s3rver makes ListObjectsV2 continuation tokens with DES, which
  # OpenSSL 3 only has in its legacy provider (without it every paginated listing fails with 500)
  node --openssl-legacy-provider "$HERE/node_modules/s3rver/bin/s3rver.js" \
    -d "$DIR/$name" -a 127.0.0.1 -p 0 "$@" \
    </dev/null >"$DIR/logs/$name.log" 2>&1 &
  record_pid "$name" $!
  eval "PID_${name//-/_}=$!"
}

# s3rver_port NAME PID SECONDS: the port s3rver printed it listens on
s3rver_port() {
  local name=$1 pid=$2 secs=$3 end port
  end=$(( $(date +%s) + secs ))
  while :; do
    port=$(sed -n 's/.*S3rver listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$DIR/logs/$name.log" | head -n1)
    [ -z "$port" ] || { echo "$port"; return 0; }
    kill -0 "$pid" 2>/dev/null || { report_failure "$name" "exited before listening"; return 1; }
    [ "$(date +%s)" -lt "$end" ] || { report_failure "$name" "did not listen within ${secs}s"; return 1; }
    sleep 0.1
  done
}

# ---------------------------------------------------------------- keyring

start_keyring() {
  local home="$DIR/keyring-home"
  mkdir -p "$home"/.local/share "$home"/.config "$home"/.cache "$home"/run
  chmod 700 "$home" "$home/run"
  # a private bus without service activation: nothing but our daemon can own the secrets name
  cat >"$home/dbus.conf" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  dbus-daemon --config-file="$home/dbus.conf" --fork --nopidfile --print-address=3 --print-pid=4 \
    3>"$home/bus-address" 4>"$home/bus-pid" </dev/null >"$DIR/logs/dbus.log" 2>&1 \
    || { report_failure dbus "dbus-daemon did not start"; return 1; }
  KEYRING_BUS=$(head -n1 "$home/bus-address")
  record_pid dbus "$(head -n1 "$home/bus-pid")"
  printf '%s' "$KEYRING_PASSWORD" >"$home/password"
  env HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" \
    DBUS_SESSION_BUS_ADDRESS="$KEYRING_BUS" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    <"$home/password" >"$DIR/logs/keyring.log" 2>&1 &
  record_pid keyring $!
  PID_keyring=$!
}

# check_keyring SECONDS: a secret written through the Secret Service reads back
check_keyring() {
  local end=$(( $(date +%s) + $1 )) got=""
  local -a st=(env DBUS_SESSION_BUS_ADDRESS="$KEYRING_BUS" timeout 5 secret-tool)
  while :; do
    if printf 'haul-%s' "$$" | "${st[@]}" store --label="Haul servers.sh check" \
         haul-check servers >>"$DIR/logs/keyring.log" 2>&1; then
      got=$("${st[@]}" lookup haul-check servers 2>>"$DIR/logs/keyring.log" || true)
      "${st[@]}" clear haul-check servers >/dev/null 2>&1 || true
      [ "$got" = "haul-$$" ] && return 0
      report_failure keyring "stored a secret but read back '$got'"; return 1
    fi
    if ! kill -0 "$PID_keyring" 2>/dev/null; then
      report_failure keyring "gnome-keyring-daemon exited"; return 1
    fi
    if [ "$(date +%s)" -ge "$end" ]; then
      report_failure keyring "secret-tool could not store a secret within $1 s"; return 1
    fi
    sleep 0.2
  done
}

# ---------------------------------------------------------------- Ceph RGW

start_rgw() {
  command -v radosgw >/dev/null && command -v ceph-mon >/dev/null || {
    fail "rgw: the Ceph packages are not installed (run scripts/setup.sh)"; return 1; }
  local ms
  read -r RGW_PORT MON_V2 MON_V1 <<<"$(free_ports 3)"
  ms=$(free_range 40)
  RGW_TEST_DIR="$DIR/rgw" RGW_PORT=$RGW_PORT MON_V2_PORT=$MON_V2 MON_V1_PORT=$MON_V1 \
    MS_PORT_MIN=$ms MS_PORT_MAX=$((ms + 39)) START_TIMEOUT=60 \
    RGW_ACCESS_KEY=$RGW_ACCESS_KEY RGW_SECRET_KEY=$RGW_SECRET_KEY RGW_REGION=$REGION \
    RGW_SECOND_ACCESS_KEY=$RGW_SECOND_ACCESS_KEY RGW_SECOND_SECRET_KEY=$RGW_SECOND_SECRET_KEY \
    bash "$HERE/rgw.sh" start </dev/null >"$DIR/logs/rgw.log" 2>&1 &
  PID_rgw_script=$!
}

# ---------------------------------------------------------------- start

cmd_start() {
  local names=("$@") n
  [ ${#names[@]} -gt 0 ] || read -r -a names <<<"$ALL_NAMES"
  for n in "${names[@]}"; do
    case " $ALL_NAMES " in *" $n "*) ;; *) fail "unknown server '$n' (known: $ALL_NAMES)"; exit 2 ;; esac
  done
  want() { case " ${names[*]} " in *" $1 "*) return 0 ;; esac; return 1; }

  if [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ] && [ ! -e "$DIR/$MARKER" ]; then
    fail "$DIR is not empty and was not made by servers.sh: refusing to use it"; exit 2
  fi
  if [ -e "$DIR/$MARKER" ]; then
    cmd_stop >/dev/null
    rm -rf "${DIR:?}"/*
  fi
  mkdir -p "$DIR/logs"
  touch "$DIR/$MARKER"
  local t0 ok=1
  t0=$(date +%s%N)
  log "starting ${names[*]} in $DIR"

  # launch everything first, then wait for each: the slow ones start in parallel
  if want rgw; then start_rgw || ok=0; fi
  if want s3rver || want s3rver-https; then ensure_s3rver_installed || ok=0; fi
  if [ $ok = 1 ] && want s3rver; then start_s3rver s3rver; fi
  if [ $ok = 1 ] && want s3rver-https; then
    if make_tls; then
      start_s3rver s3rver-https --key "$DIR/tls/server.key" --cert "$DIR/tls/server.pem"
    else ok=0; fi
  fi
  local moto_port
  if want moto; then
    if command -v moto_server >/dev/null; then
      moto_port=$(free_ports 1)
      moto_server -H 127.0.0.1 -p "$moto_port" </dev/null >"$DIR/logs/moto.log" 2>&1 &
      record_pid moto $!
      PID_moto=$!
    else
      fail "moto: moto_server is not installed (pip install 'moto[server]')"; ok=0
    fi
  fi
  if want keyring; then start_keyring || ok=0; fi

  local env="$DIR/servers.env.tmp"
  echo "SERVERS_DIR=$DIR" >"$env"
  local port
  if want s3rver && [ -n "${PID_s3rver:-}" ]; then
    if port=$(s3rver_port s3rver "$PID_s3rver" 30) &&
       wait_http s3rver "http://127.0.0.1:$port/" 30 "$PID_s3rver"; then
      printf '%s\n' "S3RVER_URL=http://127.0.0.1:$port" "S3RVER_ACCESS_KEY=$S3RVER_KEY" \
        "S3RVER_SECRET_KEY=$S3RVER_KEY" "S3RVER_REGION=$REGION" >>"$env"
      log "s3rver       http://127.0.0.1:$port"
    else ok=0; fi
  fi
  if want s3rver-https && [ -n "${PID_s3rver_https:-}" ]; then
    if port=$(s3rver_port s3rver-https "$PID_s3rver_https" 30) &&
       wait_http s3rver-https "https://127.0.0.1:$port/" 30 "$PID_s3rver_https" --cacert "$DIR/tls/ca.pem"; then
      printf '%s\n' "S3RVER_HTTPS_URL=https://127.0.0.1:$port" "S3RVER_CA=$DIR/tls/ca.pem" >>"$env"
      want s3rver || printf '%s\n' "S3RVER_ACCESS_KEY=$S3RVER_KEY" "S3RVER_SECRET_KEY=$S3RVER_KEY" \
        "S3RVER_REGION=$REGION" >>"$env"
      log "s3rver-https https://127.0.0.1:$port (CA $DIR/tls/ca.pem)"
    else ok=0; fi
  fi
  if want keyring && [ -n "${PID_keyring:-}" ]; then
    if check_keyring 20; then
      printf '%s\n' "DBUS_SESSION_BUS_ADDRESS=$KEYRING_BUS" "KEYRING_HOME=$DIR/keyring-home" >>"$env"
      log "keyring      $KEYRING_BUS"
    else ok=0; fi
  fi
  if want moto && [ -n "${PID_moto:-}" ]; then
    if wait_http moto "http://127.0.0.1:$moto_port/" 60 "$PID_moto"; then
      printf '%s\n' "MOTO_URL=http://127.0.0.1:$moto_port" "MOTO_ACCESS_KEY=$MOTO_KEY" \
        "MOTO_SECRET_KEY=$MOTO_KEY" "MOTO_REGION=$REGION" >>"$env"
      log "moto         http://127.0.0.1:$moto_port"
    else ok=0; fi
  fi
  if want rgw && [ -n "${PID_rgw_script:-}" ]; then
    if wait "$PID_rgw_script"; then
      printf '%s\n' "RGW_URL=http://127.0.0.1:$RGW_PORT" "RGW_ACCESS_KEY=$RGW_ACCESS_KEY" \
        "RGW_SECRET_KEY=$RGW_SECRET_KEY" "RGW_REGION=$REGION" \
        "RGW_SECOND_ACCESS_KEY=$RGW_SECOND_ACCESS_KEY" "RGW_SECOND_SECRET_KEY=$RGW_SECOND_SECRET_KEY" >>"$env"
      log "rgw          http://127.0.0.1:$RGW_PORT"
    else
      report_failure rgw "(Ceph radosgw via tests/servers/rgw.sh) failed to start"; ok=0
    fi
  fi
  mv "$env" "$DIR/servers.env"

  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  if [ $ok != 1 ]; then
    fail "not every server started (after $((ms / 1000)).$(printf %03d $((ms % 1000))) s); stop with: $0 stop $DIR"
    exit 1
  fi
  log "all up after $((ms / 1000)).$(printf %03d $((ms % 1000))) s; addresses in $DIR/servers.env"
}

cmd_status() {
  local name pid t
  if [ -f "$DIR/pids" ]; then
    while read -r name pid t; do
      if same_process "$pid" "$t"; then echo "$name: running (pid $pid)"; else echo "$name: not running"; fi
    done <"$DIR/pids"
  fi
  [ -f "$DIR/rgw/ceph.conf" ] && RGW_TEST_DIR="$DIR/rgw" bash "$HERE/rgw.sh" status 2>/dev/null | grep -v '^ ' || true
  [ -f "$DIR/servers.env" ] && cat "$DIR/servers.env" || echo "no $DIR/servers.env"
}

[ $# -ge 2 ] || usage
CMD=$1
DIR=$2
shift 2
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
DIR=${DIR%/}
[ -n "$DIR" ] && [ "$DIR" != / ] || usage
case "$CMD" in
  start)  cmd_start "$@" ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  *) usage ;;
esac
