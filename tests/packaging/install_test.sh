#!/usr/bin/env bash
# The install test of the packages: the .deb goes into a fresh Debian 13 root
# with `apt-get install ./…deb`, as an administrator would install it, and the
# installed programs must start there: --version, --help, and the wizard
# offscreen. Then the .deb is purged with what it pulled in, and the
# relocatable .tar.gz is unpacked into a folder whose name has a space and
# run from there, on a system that has only the base desktop libraries. Runs on the host (it needs root for
# debootstrap and chroot), called by `packaging/run tests`.
#
#   tests/packaging/install_test.sh PACKAGE_DIR
#   tests/packaging/install_test.sh --prepare     only make the cached fresh root
set -euo pipefail
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ISMW_SOURCE_DIR=$source_dir
# shellcheck source=../../packaging/buildroot/buildroot.sh
. "$source_dir/packaging/buildroot/buildroot.sh"

packages=${1:?usage: install_test.sh PACKAGE_DIR}
make_base_only=""
[ "$packages" = --prepare ] && make_base_only=1
shopt -s nullglob
debs=("$packages"/is-migration-wizard_*.deb)
tgzs=("$packages"/is-migration-wizard-*.tar.gz)
shopt -u nullglob
[ -n "$make_base_only" ] || [ ${#debs[@]} = 1 ] || die "expected one .deb in $packages, found ${#debs[@]}: build the packages first (packaging/run tests does)"
[ -n "$make_base_only" ] || [ ${#tgzs[@]} = 1 ] || die "expected one .tar.gz in $packages, found ${#tgzs[@]}"
version=$(sed -n 's/^project(IsMigrationWizard$//;/^ *VERSION /{s/^ *VERSION \([0-9.]*\).*/\1/p;q}' "$source_dir/CMakeLists.txt")
[ -n "$version" ] || die "cannot read the version from $source_dir/CMakeLists.txt"

need_root_user
ensure_host_tool debootstrap debootstrap
ensure_host_tool unshare util-linux

# A minimal Debian 13, made once and copied for every run so that each test
# starts from a root nothing was installed into.
ISMW_INSTALL_BASE_RECIPE=1
base="$ISMW_CACHE/install-base-$ISMW_SUITE-$(uname -m)-r$ISMW_INSTALL_BASE_RECIPE"
mkdir -p "$ISMW_CACHE"
exec 8>"$ISMW_CACHE/.install-base.lock"
flock 8
if [ ! -f "$base/.ismw-complete" ]; then
    say "making a minimal Debian 13 root for the install test (once)"
    rm -rf "$base.partial"
    debootstrap --variant=minbase "$ISMW_SUITE" "$base.partial" "$(host_mirror)" >"$ISMW_CACHE/install-base.log" 2>&1 \
        || { tail -n 20 "$ISMW_CACHE/install-base.log" >&2; rm -rf "$base.partial"; die "debootstrap failed (log: $ISMW_CACHE/install-base.log)"; }
    printf '#!/bin/sh\nexit 101\n' >"$base.partial/usr/sbin/policy-rc.d"
    chmod +x "$base.partial/usr/sbin/policy-rc.d"
    date -u +%FT%TZ >"$base.partial/.ismw-complete"
    mv "$base.partial" "$base"
fi
flock -u 8
[ -z "$make_base_only" ] || exit 0

work=$(mktemp -d "$ISMW_CACHE/install-test.XXXXXX")
trap 'rm -rf --one-file-system "$work"' EXIT
say "copying the fresh root"
cp -a "$base/." "$work/"
cp /etc/resolv.conf "$work/etc/resolv.conf" 2>/dev/null || true
cp "${debs[0]}" "${tgzs[0]}" "$work/tmp/"
# Downloaded packages are kept between runs; the root itself is not.
archives="$ISMW_CACHE/install-test-archives"
mkdir -p "$archives/partial"

cat >"$work/tmp/inside.sh" <<'INSIDE'
set -uo pipefail
version=$1 deb=/tmp/$2 tgz=/tmp/$3
failures=0
ok()   { printf 'ok: %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*"; failures=$((failures + 1)); }

apt-get update -qq >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
# Without recommends: what Depends names must be enough to start.
if apt-get install -y -qq --no-install-recommends "$deb" >>/tmp/apt.log 2>&1; then
    ok "apt-get install $deb"
else
    tail -n 30 /tmp/apt.log; fail "apt-get install $deb"; exit 1
fi

out=$(is-migration-wizard --version 2>&1)
[ "$out" = "is-migration-wizard $version" ] && ok "is-migration-wizard --version: $out" \
    || fail "is-migration-wizard --version printed \"$out\", expected \"is-migration-wizard $version\""
out=$(is-migration-cli --help 2>&1)
if [ $? = 0 ] && grep -q '^Usage: is-migration-cli' <<<"$out" && grep -q 'report export' <<<"$out"; then
    ok "is-migration-cli --help"
else
    fail "is-migration-cli --help: $out"
fi

# The wizard offscreen with its demo project: it must still be running after
# 20 s (timeout's 124), and the demo project must exist, which needs the
# event loop, the core and the SQLite driver.
rm -rf "/root/.local/share/IS Migration Wizard"
QT_QPA_PLATFORM=offscreen timeout 20 is-migration-wizard --demo >/tmp/wizard.log 2>&1
rc=$?
project=$(find "/root/.local/share/IS Migration Wizard" -name '*.ismig' 2>/dev/null | head -n1)
if [ "$rc" = 124 ] && [ -n "$project" ] && [ "$(head -c 15 "$project")" = "SQLite format 3" ]; then
    ok "offscreen start of the wizard (demo project $project)"
else
    fail "offscreen start of the wizard: exit $rc, project \"${project:-none}\""; cat /tmp/wizard.log
fi
if grep -qiE 'could not (load|find)|cannot load|failed to load' /tmp/wizard.log; then
    fail "the wizard reported a loading problem:"; cat /tmp/wizard.log
fi

for f in /usr/share/applications/io.github.ismw.IsMigrationWizard.desktop \
         /usr/share/metainfo/io.github.ismw.IsMigrationWizard.metainfo.xml \
         /usr/share/mime/packages/io.github.ismw.IsMigrationWizard.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.ismw.IsMigrationWizard.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.ismw.IsMigrationWizard.png \
         /usr/share/man/man1/is-migration-cli.1.gz /usr/share/man/man1/is-migration-wizard.1.gz \
         /usr/share/bash-completion/completions/is-migration-cli; do
    [ -s "$f" ] && ok "installed $f" || fail "missing $f"
done

# The archive, on a system without Debian's Qt: the .deb is purged with
# everything it pulled in, and only the base libraries every desktop has
# (the ones the archive leaves out on purpose) are installed.
apt-get purge -y -qq --autoremove is-migration-wizard >>/tmp/apt.log 2>&1 || fail "apt-get purge is-migration-wizard"
if dpkg-query -W -f '${Status}' libqt6core6t64 2>/dev/null | grep -q 'ok installed'; then
    fail "Debian's Qt is still installed after the purge"
else
    ok "purged: no Qt on the system"
fi
base_libraries="libgl1 libegl1 libopengl0 libglx0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xinput0 libxcb-xkb1 libxkbcommon0
    libxkbcommon-x11-0 libsm6 libice6 libfontconfig1 libfreetype6 libharfbuzz0b libpng16-16t64 libglib2.0-0t64
    libdbus-1-3 libwayland-client0 libwayland-cursor0 libwayland-egl1 libdrm2 libgbm1 libmtdev1t64 libinput10
    libgssapi-krb5-2 fonts-dejavu-core"
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $base_libraries >>/tmp/apt.log 2>&1 \
    && ok "installed the base desktop libraries only" || { tail -n 20 /tmp/apt.log; fail "apt-get install of the base libraries"; }

# Unpacked where no package manager put it, under a name with a space, it
# runs from there with its own Qt (qt.conf and RPATH).
dir="/tmp/unpacked here"
mkdir -p "$dir"
tar -xzf "$tgz" -C "$dir" --strip-components=1 || fail "tar -xzf $tgz"
missing=$(find "$dir/bin" "$dir/lib" "$dir/plugins" -type f \( -name '*.so*' -o -perm -u+x \) ! -name '*.conf' -print0 \
    | xargs -0 -n1 ldd 2>/dev/null | grep 'not found' | sort -u)
[ -z "$missing" ] && ok "every program, library and plugin of the archive finds its libraries" \
    || fail "libraries not found: $missing"
out=$("$dir/bin/is-migration-cli" --version 2>&1) && grep -q "$version" <<<"$out" \
    && ok "unpacked is-migration-cli --version: $out" || fail "unpacked is-migration-cli --version: $out"
out=$("$dir/bin/is-migration-wizard" --version 2>&1)
[ "$out" = "is-migration-wizard $version" ] && ok "unpacked is-migration-wizard --version" \
    || fail "unpacked is-migration-wizard --version: $out"
core=$(ldd "$dir/bin/is-migration-wizard" | sed -n 's/^[[:space:]]*libQt6Core[^ ]* => \(.*\) (0x[0-9a-f]*)$/\1/p')
case "$core" in
    "$dir"/*) ok "the unpacked wizard uses its own Qt: $core" ;;
    *) fail "the unpacked wizard uses \"$core\", not the Qt in $dir" ;;
esac
rm -rf "/root/.local/share/IS Migration Wizard"
QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 timeout 20 "$dir/bin/is-migration-wizard" --demo >/tmp/unpacked.log 2>&1
rc=$?
project=$(find "/root/.local/share/IS Migration Wizard" -name '*.ismig' 2>/dev/null | head -n1)
[ "$rc" = 124 ] && [ -n "$project" ] && ok "offscreen start of the unpacked wizard with the demo project" \
    || { fail "offscreen start of the unpacked wizard: exit $rc, project \"${project:-none}\""; tail -n 30 /tmp/unpacked.log; }
grep -q "$dir/plugins/platforms" /tmp/unpacked.log && ok "the unpacked wizard loads its own plugins" \
    || { fail "the unpacked wizard did not load plugins from $dir/plugins:"; grep -i 'plugin' /tmp/unpacked.log | head -n 10; }

[ "$failures" = 0 ] && echo "install test: all checks passed" || echo "install test: $failures check(s) failed"
exit $(( failures > 0 ))
INSIDE

say "installing $(basename "${debs[0]}") into a fresh Debian 13 root with apt-get"
unshare --mount --propagation private -- bash -c '
    set -e
    root=$1 archives=$2; shift 2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    exec chroot "$root" "$@"' _ "$work" "$archives" \
    /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    bash /tmp/inside.sh "$version" "$(basename "${debs[0]}")" "$(basename "${tgzs[0]}")"
