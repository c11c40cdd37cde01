#!/usr/bin/env bash
# test_deb.sh — the .deb builds, installs into a throw-away root and starts, without a display.
#
#   bash tests/installer/test_deb.sh BUILD_DIR              # CTest: installer/deb (about 30 s)
#   HAUL_DEB_DEBOOTSTRAP=1 bash tests/installer/test_deb.sh BUILD_DIR
#
# 1. builds haul and its icons in BUILD_DIR, then the .deb with cpack (into a temporary directory)
# 2. checks the control fields and the file list
# 3. installs it with `dpkg --root` into an empty temporary root (the real root is never touched)
#    and checks the files there: desktop-file-validate, appstreamcli validate --no-net, ldd,
#    `haul --version`, `haul --help`, and the window started offscreen for a few seconds
# 4. checks that Debian 12 can satisfy the Depends (apt-get --simulate) and that they bring
#    what Qt loads at run time (X11 platform plugin, SVG icon engine, TLS backend, Qt's .qm)
# 5. only with HAUL_DEB_DEBOOTSTRAP=1: a clean Debian 12 minbase root made with debootstrap
#    (network; the minbase tarball is cached in BUILD_DIR/installer-test/), `apt-get install` of
#    the .deb inside it, and the same start-up checks there. 1 to 4 minutes here (timings in
#    installer/README.md).
#
# Missing tools are installed with apt-get when running as root; otherwise it fails and says
# which packages to install.

# `test && pass || fail` is an if-then-else here: pass only prints.
# shellcheck disable=SC2015
set -euo pipefail

BUILD=$(cd "${1:?usage: test_deb.sh BUILD_DIR}" && pwd)
APPSTREAM_ID=io.github.haul.Haul
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haul-deb-test.XXXXXX")
FAILURES=0

step() { printf '[installer] %s\n' "$*"; }
pass() { printf '[installer]   ok   %s\n' "$*"; }
fail() { printf '[installer]   FAIL %s\n' "$*" >&2; FAILURES=$((FAILURES + 1)); }
die() { printf '[installer] ERROR %s\n' "$*" >&2; exit 1; }

cleanup() {
  # Never delete through a mount point (the debootstrap step mounts /proc in its own namespace,
  # which ends with it; this is the belt to those braces).
  if findmnt -rn -o TARGET | grep -q "^$WORK/"; then
    echo "[installer] something is still mounted under $WORK: not deleting it" >&2
    return
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# need_tools command:package ... — installs the packages of missing commands (root) or stops.
need_tools() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] || die "missing tools; install them with: sudo apt-get install ${missing[*]}"
  step "installing the tools this test needs: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed (apt-get update first?)"
}

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD/CMakeCache.txt"; }

# ---- 1. build the .deb ------------------------------------------------------------------------
build_deb() {
  [ -f "$BUILD/CMakeCache.txt" ] || die "$BUILD is not a configured build directory"
  [ -f "$BUILD/CPackConfig.cmake" ] || die "$BUILD has no CPackConfig.cmake: is installer/packaging.cmake included?"
  VERSION=$(cache_value CMAKE_PROJECT_VERSION)
  ARCH=$(dpkg --print-architecture)
  step "building haul $VERSION and its icons in $BUILD"
  cmake --build "$BUILD" --target haul haul_icons >"$WORK/build.log" 2>&1 ||
    { tail -30 "$WORK/build.log" >&2; die "the build failed"; }
  step "cpack -G DEB"
  (cd "$BUILD" && cpack -G DEB -B "$WORK/out") >"$WORK/cpack.log" 2>&1 ||
    { cat "$WORK/cpack.log" >&2; die "cpack failed"; }
  DEB=$WORK/out/haul_${VERSION}-1_${ARCH}.deb
  [ -f "$DEB" ] || { cat "$WORK/cpack.log" >&2; die "cpack did not write $(basename "$DEB")"; }
  pass "$(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"
}

# ---- 2. control fields and file list ----------------------------------------------------------
check_control() {
  local field value dep
  step "control fields"
  for field in Package Version Architecture Maintainer Section Depends Description; do
    value=$(dpkg-deb --field "$DEB" "$field")
    [ -n "$value" ] && pass "$field: ${value%%$'\n'*}" || fail "$field is empty"
  done
  [ "$(dpkg-deb --field "$DEB" Package)" = haul ] || fail "Package is not haul"
  [ "$(dpkg-deb --field "$DEB" Section)" = utils ] || fail "Section is not utils"
  DEPENDS=$(dpkg-deb --field "$DEB" Depends)
  # libc6 and libqt6core6 come from dpkg-shlibdeps; the others are the run-time ones
  for dep in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6svg6 qt6-translations-l10n; do
    [[ ", $DEPENDS," == *", $dep "* || ", $DEPENDS," == *", $dep,"* ]] ||
      fail "Depends lacks $dep"
  done
}

EXPECTED_FILES=(
  ./usr/bin/haul
  ./usr/share/applications/haul.desktop
  "./usr/share/metainfo/$APPSTREAM_ID.metainfo.xml"
  ./usr/share/icons/hicolor/scalable/apps/haul.svg
)
PNG_SIZES=(48 64 128 256)

check_file_list() {
  local f size
  step "file list (dpkg -c)"
  dpkg-deb --contents "$DEB" | awk '{print $NF}' >"$WORK/files.txt"
  # PNG icons exist when the build found rsvg-convert (librsvg2-bin) at configure time
  if cache_value HAUL_RSVG_CONVERT | grep -q '^/'; then
    for size in "${PNG_SIZES[@]}"; do
      EXPECTED_FILES+=("./usr/share/icons/hicolor/${size}x${size}/apps/haul.png")
    done
  else
    step "  (no PNG icons expected: the build was configured without rsvg-convert)"
  fi
  for f in "${EXPECTED_FILES[@]}"; do
    grep -qxF "$f" "$WORK/files.txt" && pass "$f" || fail "$f is not in the package"
  done
  f=$(grep -v '^\./usr/' "$WORK/files.txt" | grep -vx '\./' || true)
  [ -z "$f" ] && pass "everything is under /usr" || fail "files outside /usr: $f"
}

# ---- 3. install into a throw-away root and check it -------------------------------------------
install_throwaway_root() {
  ROOT=$WORK/root
  step "dpkg --root $ROOT --install (an empty root: the Depends are checked in step 4)"
  mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates" "$ROOT/var/lib/dpkg/triggers"
  : >"$ROOT/var/lib/dpkg/status"
  : >"$ROOT/var/lib/dpkg/available"
  if dpkg --root="$ROOT" --force-depends --install "$DEB" >"$WORK/dpkg.log" 2>&1; then
    pass "installed: $(dpkg --root="$ROOT" --status haul | sed -n 's/^Status: //p')"
  else
    cat "$WORK/dpkg.log" >&2
    die "dpkg --root --install failed"
  fi
}

check_installed_files() {
  local f size got
  step "installed files"
  for f in "${EXPECTED_FILES[@]}"; do
    [ -s "$ROOT/${f#./}" ] || fail "${f#.} missing or empty after installation"
  done
  [ -x "$ROOT/usr/bin/haul" ] && pass "/usr/bin/haul is executable" || fail "/usr/bin/haul is not executable"
  file "$ROOT/usr/bin/haul" | grep -q ', stripped' && pass "/usr/bin/haul is stripped (symbols in the -dbgsym .ddeb)" ||
    fail "/usr/bin/haul is not stripped"
  for size in "${PNG_SIZES[@]}"; do
    f=$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/haul.png
    [ -f "$f" ] || continue
    got=$(file -b "$f")
    [[ "$got" == "PNG image data, $size x $size,"* ]] && pass "${size}x${size} icon is a $size px PNG" ||
      fail "${f#"$ROOT"}: $got"
  done
}

check_desktop_file() {
  local desktop=$ROOT/usr/share/applications/haul.desktop out icon
  step "desktop-file-validate /usr/share/applications/haul.desktop"
  out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ] && pass "no errors, warnings or hints" ||
    fail "desktop-file-validate: ${out:-exit status $?}"
  grep -qx 'Exec=haul %F' "$desktop" && pass "Exec=haul %F" || fail "Exec is not 'haul %F'"
  grep -qx 'Categories=Network;FileTransfer;Qt;' "$desktop" && pass "Categories=Network;FileTransfer;Qt;" ||
    fail "Categories is not Network;FileTransfer;Qt;"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ -f "$ROOT/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] && pass "Icon=$icon is installed in hicolor" ||
    fail "Icon=$icon has no hicolor/scalable/apps/$icon.svg"
}

check_metainfo() {
  local xml=$ROOT/usr/share/metainfo/$APPSTREAM_ID.metainfo.xml out release
  step "appstreamcli validate --no-net $APPSTREAM_ID.metainfo.xml"
  if out=$(appstreamcli validate --no-net "$xml" 2>&1); then
    pass "$(echo "$out" | tail -1 | sed 's/^[^A-Za-z]*//')"
  else
    echo "$out" >&2
    fail "appstreamcli validate failed"
  fi
  out=$(appstreamcli validate --no-net --pedantic "$xml" 2>&1 | grep -E '^[A-Z]: ' || true)
  [ -z "$out" ] || step "  pedantic (not a failure): $out"
  grep -q '<launchable type="desktop-id">haul.desktop</launchable>' "$xml" &&
    pass "launchable haul.desktop is installed" || fail "metainfo does not launch haul.desktop"
  release=$(grep -o '<release version="[^"]*"' "$xml" | head -1 | cut -d'"' -f2)
  [ "$release" = "$VERSION" ] && pass "newest <release> is $VERSION" ||
    fail "newest <release> in the metainfo is '$release', the build is $VERSION: add a <release>"
}

# check_startup BIN RUNNER... — ldd and three starts of BIN, each command run through RUNNER
# (an `env -i ...` for the throw-away root, `in_chroot env -i ...` for the debootstrap root).
check_startup() {
  local bin=$1 out rc
  shift
  out=$("$@" ldd "$bin" 2>&1) || fail "ldd $bin: $out"
  if grep -q 'not found' <<<"$out"; then
    fail "ldd: unresolved libraries: $(grep 'not found' <<<"$out" | tr -s ' \t\n' ' ')"
  else
    pass "ldd: all $(grep -c '=>' <<<"$out") libraries resolve"
  fi
  rc=0; out=$("$@" timeout 30 "$bin" --version 2>&1) || rc=$?
  [ "$rc" = 0 ] && [ "$out" = "Haul $VERSION" ] && pass "haul --version: $out" ||
    fail "haul --version: exit $rc, printed '$out' (expected 'Haul $VERSION')"
  rc=0; out=$("$@" timeout 30 "$bin" --help 2>&1) || rc=$?
  [ "$rc" = 0 ] && [[ "$out" == "Usage: haul "* ]] && pass "haul --help: exit 0, '${out%%$'\n'*}'" ||
    fail "haul --help: exit $rc, printed '${out:0:200}'"
  rc=0; out=$("$@" timeout 30 "$bin" --no-such-option 2>&1) || rc=$?
  [ "$rc" = 2 ] && pass "haul --no-such-option: exit 2" || fail "haul --no-such-option: exit $rc ('$out')"
  # the translations are inside the binary: a German desktop gets Haul's own messages in German
  rc=0; out=$("$@" LANG=de_DE.UTF-8 LANGUAGE=de timeout 30 "$bin" --download s3://bucket/key 2>&1) || rc=$?
  [ "$rc" = 2 ] && [[ "$out" == "haul: --download braucht --to ORDNER"* ]] &&
    pass "haul speaks German on a German desktop: '$out'" ||
    fail "haul --download without --to under LANG=de_DE: exit $rc, printed '$out' (no German translation?)"
  # the window itself, on Qt's offscreen platform: still running after 8 s = it started
  rc=0; out=$("$@" QT_QPA_PLATFORM=offscreen timeout 8 "$bin" 2>&1) || rc=$?
  if [ "$rc" = 124 ] && ! grep -qiE 'could not (load|find).*plugin|failed to start' <<<"$out"; then
    pass "haul (window, offscreen): running after 8 s"
  else
    fail "haul (window, offscreen): exit $rc after <= 8 s: ${out:0:400}"
  fi
}

# ---- 4. the Depends, against Debian 12 ----------------------------------------------------------
check_depends_in_debian() {
  step "apt-get --simulate install (Debian 12 can satisfy the Depends; nothing is installed)"
  if apt-get --simulate -o Debug::NoLocking=1 --no-install-recommends install "$DEB" \
       >"$WORK/simulate.log" 2>&1; then
    pass "$(grep -E '^[0-9]+ upgraded' "$WORK/simulate.log")"
  else
    tail -15 "$WORK/simulate.log" >&2
    fail "apt-get cannot satisfy the Depends: $DEPENDS"
  fi
}

# What Qt opens by path at run time: no ELF header names it, so dpkg-shlibdeps cannot see it.
RUNTIME_FILES=(
  '*/qt6/plugins/platforms/libqxcb.so'
  '*/qt6/plugins/iconengines/libqsvgicon.so'
  '*/qt6/plugins/imageformats/libqsvg.so'
  '*/qt6/plugins/tls/libqopensslbackend.so'
  '/usr/share/qt6/translations/qtbase_de.qm'
)

check_runtime_closure() {
  local deps closure pattern owner
  step "what Qt loads at run time comes with the Depends (apt-cache depends --recurse)"
  read -r -a deps <<<"$(tr ',' '\n' <<<"$DEPENDS" | sed 's/|.*//; s/(.*)//' | tr -s ' \n' ' ')"
  closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
              --no-replaces --no-enhances "${deps[@]}" 2>/dev/null | grep -v '^[ <]' | sort -u)
  for pattern in "${RUNTIME_FILES[@]}"; do
    owner=$(dpkg -S "$pattern" 2>/dev/null | head -1 | cut -d: -f1 || true)
    if [ -z "$owner" ]; then
      fail "no package on this machine holds $pattern, so it cannot be checked"
    elif grep -qx "$owner" <<<"$closure"; then
      pass "$pattern ($owner)"
    else
      fail "$pattern is in $owner, which the Depends do not bring"
    fi
  done
}

# ---- 5. optional: a clean Debian 12 root made with debootstrap -------------------------------
in_chroot() {
  # its own mount namespace: /proc is mounted for the command and gone when it ends
  # shellcheck disable=SC2016 # $0 and $@ belong to the inner sh
  unshare --mount --propagation private -- \
    sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$CROOT" "$@"
}

debootstrap_root() {
  local mirror=${HAUL_DEB_MIRROR:-http://deb.debian.org/debian} cache=$BUILD/installer-test t0
  local tgz=$cache/bookworm-minbase.tgz
  CROOT=$WORK/bookworm
  need_tools debootstrap:debootstrap
  mkdir -p "$cache"
  if [ ! -f "$tgz" ]; then
    step "debootstrap --make-tarball: downloading Debian 12 minbase once (cached in $tgz)"
    t0=$SECONDS
    debootstrap --variant=minbase --make-tarball="$tgz" bookworm "$WORK/tarball" "$mirror" \
      >"$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log" >&2; die "debootstrap --make-tarball failed"; }
    pass "downloaded in $((SECONDS - t0)) s"
  fi
  step "debootstrap --variant=minbase bookworm (from the cached tarball)"
  t0=$SECONDS
  debootstrap --variant=minbase --unpack-tarball="$tgz" bookworm "$CROOT" "$mirror" \
    >"$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }
  pass "clean root in $((SECONDS - t0)) s, $(du -sh "$CROOT" | cut -f1)"
  install_in_clean_root
  check_runtime_files_in_clean_root
  step "start-up in the clean root"
  in_chroot mkdir -p /tmp/haul-home
  check_startup /usr/bin/haul in_chroot env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    HOME=/tmp/haul-home XDG_RUNTIME_DIR=/tmp/haul-home/run
}

check_runtime_files_in_clean_root() {
  local pattern path
  step "what Qt loads at run time is in the clean root"
  for pattern in "${RUNTIME_FILES[@]}"; do
    [[ "$pattern" == '*'* ]] && path=$CROOT/usr/lib/$pattern || path=$CROOT$pattern
    if compgen -G "$path" >/dev/null; then pass "$pattern"; else fail "$pattern is missing"; fi
  done
}

install_in_clean_root() {
  local t0=$SECONDS
  step "apt-get install ./$(basename "$DEB") in the clean root (Depends only, no Recommends)"
  cp "$DEB" "$CROOT/tmp/"
  cp -L --remove-destination /etc/resolv.conf "$CROOT/etc/resolv.conf"
  if in_chroot apt-get update -qq >"$WORK/chroot-apt.log" 2>&1 &&
     in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       "/tmp/$(basename "$DEB")" >>"$WORK/chroot-apt.log" 2>&1; then
    pass "$(grep -E '^[0-9]+ upgraded' "$WORK/chroot-apt.log" | tail -1) in $((SECONDS - t0)) s; root now $(du -sh "$CROOT" | cut -f1)"
  else
    tail -20 "$WORK/chroot-apt.log" >&2
    die "apt-get install of the .deb failed in the clean root"
  fi
}

# ---- main ---------------------------------------------------------------------------------------
need_tools cmake:cmake cpack:cmake dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file \
  objcopy:binutils readelf:binutils desktop-file-validate:desktop-file-utils \
  appstreamcli:appstream findmnt:util-linux unshare:util-linux timeout:coreutils
build_deb
check_control
check_file_list
install_throwaway_root
check_installed_files
check_desktop_file
check_metainfo
step "start-up in the throw-away root (no display: DISPLAY and WAYLAND_DISPLAY unset)"
mkdir -p "$WORK/home"
check_startup "$ROOT/usr/bin/haul" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
  XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/home/run"
check_depends_in_debian
check_runtime_closure
if [ "${HAUL_DEB_DEBOOTSTRAP:-0}" = 1 ]; then
  debootstrap_root
else
  step "clean Debian 12 root (debootstrap): skipped; HAUL_DEB_DEBOOTSTRAP=1 runs it (network, minutes)"
fi

if [ "$FAILURES" -gt 0 ]; then
  step "FAILED: $FAILURES check(s)"
  exit 1
fi
step "PASS: haul_${VERSION}-1_${ARCH}.deb builds, installs and starts"
