#!/usr/bin/env bash
# rgw.sh — single-node Ceph (mon + [mgr] + 1 osd) + radosgw on 127.0.0.1, for Haul's
# integration tests (started and stopped by tests/servers/servers.sh).
# Derived from the shared recipe ../shared/tools/rgw-test.sh (Debian 12, Ceph 16.2 Pacific);
# vendored here so the project does not need ../shared at run time.
#
#   rgw.sh install   # apt-get install the Ceph packages (needs root; scripts/setup.sh does it)
#   rgw.sh start     # bootstrap a fresh cluster in $RGW_TEST_DIR and start it
#                    #   (no-op if it is already running and answering)
#   rgw.sh stop      # stop every daemon it started (by PID from pid files); safe to repeat
#   rgw.sh status    # show daemons / ceph -s / HTTP check
#   rgw.sh env       # print export lines for AWS_* variables
#   rgw.sh clean     # stop + remove $RGW_TEST_DIR
#
# Parameters (environment): RGW_TEST_DIR, RGW_PORT, MON_V2_PORT, MON_V1_PORT, MS_PORT_MIN,
# MS_PORT_MAX (messenger port range of osd/mgr), RGW_TLS_PORT, OSD_STORE, STORE_BYTES, WITH_MGR,
# RGW_ACCESS_KEY / RGW_SECRET_KEY / RGW_REGION (S3_* names of the recipe are accepted too),
# RGW_SECOND_ACCESS_KEY / RGW_SECOND_SECRET_KEY (a second user, uid "seconduser"),
# START_TIMEOUT.
#
# Everything (config, mon store, osd store, logs, sockets, pid files) lives
# under $RGW_TEST_DIR.  Every socket binds to 127.0.0.1 only.
# No cephx (auth none).  OSD objectstore: memstore (RAM) by default, or
# OSD_STORE=bluestore for a sparse file-backed bluestore under $RGW_TEST_DIR.
set -euo pipefail

DIR=${RGW_TEST_DIR:-/tmp/haul-rgw-test}
RGW_PORT=${RGW_PORT:-7480}
MON_V2_PORT=${MON_V2_PORT:-13300}
MON_V1_PORT=${MON_V1_PORT:-16789}
MS_PORT_MIN=${MS_PORT_MIN:-16800}      # osd/mgr messenger ports
MS_PORT_MAX=${MS_PORT_MAX:-16999}
OSD_STORE=${OSD_STORE:-memstore}       # memstore | bluestore
STORE_BYTES=${STORE_BYTES:-$((6 * 1024 * 1024 * 1024))}   # memstore/bluestore capacity
WITH_MGR=${WITH_MGR:-0}                # 1: also run a ceph-mgr (~300 MB RSS; only for `ceph -s` health/pg stats)
RGW_TLS_PORT=${RGW_TLS_PORT:-}         # e.g. 7443: also serve HTTPS (self-signed cert in $DIR/tls)
ACCESS_KEY=${RGW_ACCESS_KEY:-${S3_ACCESS_KEY:-TESTACCESSKEY0000001}}
SECRET_KEY=${RGW_SECRET_KEY:-${S3_SECRET_KEY:-testsecretkey0000000000000000000000000001}}
S3_UID=${S3_UID:-testuser}
# a second user, for buckets shared between accounts (bucket policies)
SECOND_ACCESS_KEY=${RGW_SECOND_ACCESS_KEY:-TESTACCESSKEY0000002}
SECOND_SECRET_KEY=${RGW_SECOND_SECRET_KEY:-testsecretkey0000000000000000000000000002}
S3_REGION=${RGW_REGION:-${S3_REGION:-us-east-1}}   # becomes the zonegroup api_name
START_TIMEOUT=${START_TIMEOUT:-120}

CONF=$DIR/ceph.conf
CEPH="timeout 60 ceph -c $CONF"
ENDPOINT=http://127.0.0.1:$RGW_PORT

log() { printf '[rgw %s] %s\n' "$(date +%T)" "$*" >&2; }
STARTING=0
die() {
  log "ERROR: $*"
  if [ "$STARTING" = 1 ]; then log "stopping what was started (logs kept in $DIR/log)"; cmd_stop || true; fi
  exit 1
}

# pid_alive PIDFILE: the process exists, is not a zombie (PID 1 here may reap
# late) and is a ceph daemon (guards against PID reuse)
pid_alive() {
  local pid st
  [ -f "$1" ] || return 1
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  st=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ "$st" != Z ] || return 1
  case "$(cat "/proc/$pid/comm" 2>/dev/null)" in ceph-mon|ceph-osd|ceph-mgr|radosgw) return 0 ;; esac
  return 1
}

all_running() {
  pid_alive "$DIR/run/mon.a.pid" && pid_alive "$DIR/run/osd.0.pid" \
    && pid_alive "$DIR/run/client.rgw.a.pid" \
    && { [ "$WITH_MGR" != 1 ] || pid_alive "$DIR/run/mgr.x.pid"; }
}

http_up() {
  # any HTTP answer from the gateway counts (anonymous ListBuckets gives 200)
  curl -s -o /dev/null -m 2 -w '%{http_code}' "$ENDPOINT/" 2>/dev/null | grep -q '^[1-5]'
}

# The Debian packages this needs (scripts/setup.sh installs the same list).
RGW_PACKAGES="ceph-mon ceph-osd ceph-mgr radosgw ceph-common curl openssl"

cmd_install() {
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update
  # shellcheck disable=SC2086
  $sudo apt-get install -y -o DPkg::Lock::Timeout=600 --no-install-recommends --no-upgrade \
    $RGW_PACKAGES
}

write_conf() {
  local fsid=$1 tls=""
  if [ -n "$RGW_TLS_PORT" ]; then
    tls=" ssl_endpoint=127.0.0.1:$RGW_TLS_PORT ssl_certificate=$DIR/tls/cert.pem ssl_private_key=$DIR/tls/key.pem"
  fi
  cat >"$CONF" <<EOF
[global]
fsid = $fsid
mon host = [v2:127.0.0.1:$MON_V2_PORT,v1:127.0.0.1:$MON_V1_PORT]
mon initial members = a
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind ipv4 = true
ms bind ipv6 = false
ms bind port min = $MS_PORT_MIN
ms bind port max = $MS_PORT_MAX
auth cluster required = none
auth service required = none
auth client required = none
# radosgw (a CLIENT-type daemon) defaults ms_mon_client_mode to 'secure',
# which is impossible without cephx -> 'get_initial_auth_request returned -13'
ms mon client mode = crc secure
keyring = $DIR/keyring
run dir = $DIR/run
crash dir = $DIR/crash
log file = $DIR/log/\$name.log
admin socket = $DIR/run/\$name.asok
pid file = $DIR/run/\$name.pid
log to stderr = false
err to stderr = true
# single OSD: size-1 pools, few PGs, no full/nearfull trouble
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
mon max pg per osd = 1000
osd crush chooseleaf type = 0
mon osd full ratio = .99
mon osd nearfull ratio = .99
mon osd backfillfull ratio = .99
osd failsafe full ratio = .995
mon data avail warn = 1
mon data avail crit = 0
mon warn on insecure global id reclaim = false
mon warn on insecure global id reclaim allowed = false

[mon]
mon data = $DIR/mon.\$id
mon cluster log file = $DIR/log/cluster.log
mgr initial modules = iostat
# commit map changes fast (default 1 s per paxos round -> every pool create /
# 'osd pool application enable' costs ~1 s)
paxos propose interval = 0.05
paxos min wait = 0.01

[mgr]
mgr data = $DIR/mgr.\$id

[osd]
osd data = $DIR/osd.\$id
osd objectstore = $OSD_STORE
memstore device bytes = $STORE_BYTES
bluestore block create = true
bluestore block size = $STORE_BYTES
bluestore block db create = false
bluestore block wal create = false
bluestore fsck on mount = false
osd memory target = 1073741824
osd fast shutdown = true
osd check max object name len on startup = false

[client]
admin socket = $DIR/run/\$name.\$pid.asok
log file = $DIR/log/\$name.\$pid.log

[client.rgw.a]
admin socket = $DIR/run/\$name.asok
log file = $DIR/log/\$name.log
rgw data = $DIR/rgw.a
rgw frontends = beast endpoint=127.0.0.1:$RGW_PORT$tls
rgw thread pool size = 64
# reclaim deleted objects' data after ~30 s instead of 2 h (matters for memstore RAM)
rgw gc obj min wait = 30
rgw gc processor period = 30
EOF
}

wait_for() {  # wait_for <what> <seconds> <cmd...>
  local what=$1 secs=$2; shift 2
  local end=$(( $(date +%s) + secs ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$end" ] || die "timed out waiting for $what (see $DIR/log)"
    sleep 0.5
  done
}

cmd_start() {
  if [ -f "$CONF" ] && all_running && http_up; then
    log "already running at $ENDPOINT"; return 0
  fi
  command -v ceph-mon >/dev/null || die "ceph packages missing: run '$0 install'"
  cmd_stop >/dev/null 2>&1 || true
  STARTING=1
  rm -rf "$DIR"
  mkdir -p "$DIR"/{run,log,crash,mon.a,mgr.x,osd.0,rgw.a}
  local t0; t0=$(date +%s%N)
  local fsid; fsid=$(cat /proc/sys/kernel/random/uuid)
  write_conf "$fsid"
  if [ -n "$RGW_TLS_PORT" ]; then
    mkdir -p "$DIR/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$DIR/tls/key.pem" -out "$DIR/tls/cert.pem" >/dev/null 2>&1 || die "openssl failed"
  fi

  # --- monitor ---
  ceph-authtool --create-keyring "$DIR/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-authtool "$DIR/keyring" --gen-key -n client.admin \
    --cap mon 'allow *' --cap osd 'allow *' --cap mgr 'allow *' --cap mds 'allow *' >/dev/null
  monmaptool --create --clobber --fsid "$fsid" \
    --addv a "[v2:127.0.0.1:$MON_V2_PORT,v1:127.0.0.1:$MON_V1_PORT]" "$DIR/monmap" >/dev/null
  ceph-mon -c "$CONF" -i a --mkfs --monmap "$DIR/monmap" --keyring "$DIR/keyring"
  ceph-mon -c "$CONF" -i a 2>>"$DIR/log/mon.a.stderr" || {
    tail -n 5 "$DIR/log/mon.a.stderr" "$DIR/log/mon.a.log" >&2 2>/dev/null || true
    die "ceph-mon did not start (space left where $DIR is: $(df -h --output=avail "$DIR" | tail -n 1 | tr -d ' '))"
  }
  wait_for "ceph-mon" 30 $CEPH mon stat
  log "mon up"

  # --- osd ---
  local osd_uuid osd_id
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)
  osd_id=$($CEPH osd new "$osd_uuid")
  [ "$osd_id" = 0 ] || die "unexpected osd id '$osd_id'"
  ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" >"$DIR/log/osd-mkfs.log" 2>&1 \
    || { cat "$DIR/log/osd-mkfs.log" >&2; die "ceph-osd --mkfs failed"; }
  ceph-osd -c "$CONF" -i 0 2>>"$DIR/log/osd.0.stderr"

  # --- mgr (optional) ---
  if [ "$WITH_MGR" = 1 ]; then
    ceph-mgr -c "$CONF" -i x 2>>"$DIR/log/mgr.x.stderr"
  fi

  wait_for "osd.0 up" 60 bash -c "$CEPH osd dump 2>/dev/null | grep -q '^osd.0 up'"
  log "osd up"

  # --- pre-create the RGW pools (otherwise the first CreateBucket / PUT /
  #     multipart-init each stall ~1-2 s while radosgw creates them) ---
  # (one `ceph` process reading commands from stdin: ~0.1 s per command
  #  instead of ~0.4 s of python start-up per `ceph` invocation)
  local pool
  for pool in .rgw.root default.rgw.log default.rgw.control default.rgw.meta \
              default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
    echo "osd pool create $pool 8 8"
    echo "osd pool application enable $pool rgw"
  done | $CEPH >"$DIR/log/pool-create.log" 2>&1 \
    || { cat "$DIR/log/pool-create.log" >&2; die "pool creation failed"; }
  log "pools created"

  # --- S3 user with fixed keys (this also creates the default realm-less
  #     zone/zonegroup, so it must run before the zonegroup modify) ---
  timeout 60 radosgw-admin -c "$CONF" -n client.rgw.a user create --uid="$S3_UID" \
    --display-name="S3 test user" --access-key="$ACCESS_KEY" --secret="$SECRET_KEY" \
    >"$DIR/user.json" 2>"$DIR/log/user-create.err" \
    || { cat "$DIR/log/user-create.err" >&2; die "radosgw-admin user create failed"; }
  timeout 60 radosgw-admin -c "$CONF" -n client.rgw.a user create --uid=seconduser \
    --display-name="Second test user" --access-key="$SECOND_ACCESS_KEY" --secret="$SECOND_SECRET_KEY" \
    >"$DIR/user2.json" 2>"$DIR/log/user2-create.err" \
    || { cat "$DIR/log/user2-create.err" >&2; die "radosgw-admin user create (second user) failed"; }

  # --- zonegroup api_name = S3 region, so CreateBucket with
  #     LocationConstraint=$S3_REGION works (default api_name 'default' rejects
  #     it with InvalidLocationConstraint) and GetBucketLocation says $S3_REGION ---
  timeout 60 radosgw-admin -c "$CONF" -n client.rgw.a zonegroup modify --rgw-zonegroup=default \
    --api-name="$S3_REGION" >"$DIR/log/zonegroup.json" 2>"$DIR/log/zonegroup.err" \
    || { cat "$DIR/log/zonegroup.err" >&2; die "radosgw-admin zonegroup modify failed"; }

  # --- radosgw ---
  radosgw -c "$CONF" -n client.rgw.a 2>>"$DIR/log/client.rgw.a.stderr"
  wait_for "radosgw on $ENDPOINT" "$START_TIMEOUT" http_up
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  log "ready after $((ms / 1000)).$(printf %03d $((ms % 1000)))s: $ENDPOINT${RGW_TLS_PORT:+ and https://127.0.0.1:$RGW_TLS_PORT} region=$S3_REGION user=$S3_UID access=$ACCESS_KEY"
}

cmd_stop() {
  local f pid stopped=0
  # rgw first, then mgr, osd, mon
  for f in "$DIR/run/client.rgw.a.pid" "$DIR/run/mgr.x.pid" "$DIR/run/osd.0.pid" "$DIR/run/mon.a.pid"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if pid_alive "$f"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do pid_alive "$f" || break; sleep 0.1; done
      if pid_alive "$f"; then kill -KILL "$pid" 2>/dev/null || true; fi
      stopped=$((stopped + 1))
    fi
    rm -f "$f"
  done
  log "stopped $stopped daemon(s)"
}

cmd_status() {
  local f
  for f in mon.a mgr.x osd.0 client.rgw.a; do
    if pid_alive "$DIR/run/$f.pid"; then
      echo "$f: running pid $(cat "$DIR/run/$f.pid") rss=$(ps -o rss= -p "$(cat "$DIR/run/$f.pid")")KiB"
    else
      echo "$f: not running"
    fi
  done
  [ -f "$CONF" ] && $CEPH -s 2>/dev/null || true
  if http_up; then echo "http: $ENDPOINT answers"; else echo "http: $ENDPOINT not answering"; fi
}

cmd_env() {
  cat <<EOF
export AWS_ACCESS_KEY_ID=$ACCESS_KEY
export AWS_SECRET_ACCESS_KEY=$SECRET_KEY
export AWS_DEFAULT_REGION=$S3_REGION
export S3_ENDPOINT=$ENDPOINT
EOF
}

case "${1:-}" in
  install) cmd_install ;;
  start)   cmd_start ;;
  stop)    cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status)  cmd_status ;;
  env)     cmd_env ;;
  clean)   cmd_stop; rm -rf "$DIR" ;;
  *) echo "usage: $0 {install|start|stop|restart|status|env|clean}" >&2; exit 2 ;;
esac
