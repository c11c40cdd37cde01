#!/usr/bin/env bash
# demo.sh — the README's main job: installs what is missing, builds Haul, starts a local S3
# server (s3rver on 127.0.0.1) with a bucket "demo", and opens Haul connected to it, ready for
# files to be dragged in. Without a display (CI, ssh) it runs Haul offscreen in a scripted demo:
# a generated 1 GiB file goes up, comes back down, the bytes are compared, a screenshot of the
# window mid-transfer is saved, and size, time and throughput are printed.
#
#   scripts/demo.sh                 (HAUL_DEMO_SIZE=bytes to change the 1 GiB; HAUL_BUILD_DIR)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD=${HAUL_BUILD_DIR:-build}
SIZE=${HAUL_DEMO_SIZE:-1073741824}
DEMO=$ROOT/$BUILD/demo
say() { printf '[demo] %s\n' "$*"; }

bash scripts/setup.sh
say "build in $BUILD"
cmake -S . -B "$BUILD" -G Ninja >/dev/null
cmake --build "$BUILD" --target haul

say "start s3rver with the bucket 'demo'"
bash tests/servers/servers.sh stop "$DEMO/servers" >/dev/null 2>&1 || true
rm -rf "$DEMO"
mkdir -p "$DEMO"
S3RVER_BUCKETS=demo bash tests/servers/servers.sh start "$DEMO/servers" s3rver
trap 'bash tests/servers/servers.sh stop "$DEMO/servers" >/dev/null 2>&1 || true' EXIT
URL=$(sed -n 's/^S3RVER_URL=//p' "$DEMO/servers/servers.env")

# Haul reads the account from aws-cli's variables ("environment"); its settings and queue go to
# the demo folder, so the demo never touches your own accounts, keychain or ~/.aws.
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1
export AWS_ENDPOINT_URL=$URL
unset AWS_SESSION_TOKEN AWS_PROFILE AWS_CA_BUNDLE
export XDG_CONFIG_HOME=$DEMO/config XDG_DATA_HOME=$DEMO/data XDG_CACHE_HOME=$DEMO/cache
export XDG_RUNTIME_DIR=$DEMO/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
HAUL=$ROOT/$BUILD/app/haul

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  say "Haul opens, connected to $URL (bucket 'demo'): drag files onto its window."
  say "Close the window to stop the demo server."
  "$HAUL" --account environment --to s3://demo/
  exit 0
fi

export QT_QPA_PLATFORM=offscreen
say "no display: scripted demo, offscreen"
say "generate a $((SIZE / 1048576)) MiB file of random bytes"
head -c "$SIZE" /dev/urandom >"$DEMO/sample.bin"

say "upload it (screenshot of the window at 50 %)"
"$HAUL" --account environment "$DEMO/sample.bin" --to s3://demo/run42/ --quit-when-done \
  --screenshot "$DEMO/haul-mid-transfer.png" --screenshot-at 50

say "download it back"
mkdir -p "$DEMO/back"
"$HAUL" --account environment --download s3://demo/run42/sample.bin --to "$DEMO/back" --quit-when-done

if cmp "$DEMO/sample.bin" "$DEMO/back/sample.bin"; then
  say "the downloaded file is byte-identical to the original"
else
  say "FAILED: the downloaded file differs"; exit 1
fi
[ -s "$DEMO/haul-mid-transfer.png" ] || { say "FAILED: no screenshot"; exit 1; }
say "screenshot of the window mid-transfer: $DEMO/haul-mid-transfer.png"
rm -f "$DEMO/sample.bin" "$DEMO/back/sample.bin"
say "done"
