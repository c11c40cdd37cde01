#!/usr/bin/env bash
# setup.sh — installs what Haul needs to build and test on Debian 12, and nothing that is
# already there. Idempotent: a second run only checks (a few seconds).
#
#   scripts/setup.sh
#
# Debian packages through apt-get (as root, or with sudo), s3rver through `npm ci` in
# tests/servers. The Ceph packages are the list of tests/servers/rgw.sh (the single-node Ceph
# RGW the integration tests run against).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVERS="$ROOT/tests/servers"

step() { printf '[setup] %s\n' "$*"; }

PACKAGES=(
  cmake ninja-build g++
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n qtkeychain-qt6-dev libisal-dev
  xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
  openssl curl faketime   # faketime: tst_clockskew runs Haul with its clock off
  dpkg-dev file desktop-file-utils appstream librsvg2-bin   # the .deb and its test (installer/)
)
# the Ceph packages, from the one list the RGW recipe keeps
read -r -a CEPH_PACKAGES <<<"$(sed -n 's/^RGW_PACKAGES="\(.*\)"$/\1/p' "$SERVERS/rgw.sh")"
[ ${#CEPH_PACKAGES[@]} -gt 0 ] || { echo "setup: no RGW_PACKAGES in $SERVERS/rgw.sh" >&2; exit 1; }
PACKAGES+=("${CEPH_PACKAGES[@]}")

# Commands that may come from elsewhere than Debian (NodeSource's nodejs brings its own npm,
# pyenv its own python3 and aws-cli): a Debian package only when the command is missing.
declare -A COMMAND_PACKAGE=([node]=nodejs [npm]=npm [python3]=python3 [aws]=awscli)

missing=()
# (dpkg-query prints nothing for a package it has never heard of and then exits 1, as on a
# fresh machine: absent from the list = missing, and its status must not end the script)
installed=" $({ dpkg-query -W -f='${db:Status-Status} ${Package}\n' "${PACKAGES[@]}" 2>/dev/null || true; } |
  awk '$1 == "installed" { printf "%s ", $2 }') "
for pkg in "${PACKAGES[@]}"; do
  [[ "$installed" == *" $pkg "* ]] || missing+=("$pkg")
done
for cmd in node npm python3 aws; do
  command -v "$cmd" >/dev/null || missing+=("${COMMAND_PACKAGE[$cmd]}")
done

if [ ${#missing[@]} -eq 0 ]; then
  step "Debian packages: all ${#PACKAGES[@]} present"
else
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup: not root and no sudo: install ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  step "apt-get update (missing: ${missing[*]})"
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  step "apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
    "${missing[@]}" >/dev/null
  step "Debian packages: installed ${#missing[@]}"
fi

if ! command -v moto_server >/dev/null; then
  step "WARNING: moto_server not found (Python package moto[server], not in Debian 12): the moto tests will fail"
fi

# s3rver, pinned by tests/servers/package-lock.json; npm ci when node_modules is missing or
# older than the lock file (tests/servers/servers.sh checks the same way)
npm_ready() {
  local mods="$SERVERS/node_modules"
  [ -f "$mods/s3rver/package.json" ] && [ -f "$mods/.package-lock.json" ] &&
    [ ! "$SERVERS/package-lock.json" -nt "$mods/.package-lock.json" ]
}
if npm_ready; then
  step "s3rver: node_modules up to date"
else
  step "npm ci in tests/servers (s3rver)"
  (cd "$SERVERS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  step "s3rver: installed"
fi
step "done"
