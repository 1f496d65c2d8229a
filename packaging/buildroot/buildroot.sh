#!/usr/bin/env bash
# Library sourced by packaging/run: decides whether this host can build the
# wizard natively and, when it cannot (Debian 12 lacks Qt >= 6.5, KF6 and
# toml11 4), makes and enters a cached Debian 13 build root.
#
# Nothing here names a package mirror: the mirror is read from the host's own
# apt sources, or from ISMW_MIRROR when the host has none.

ISMW_SUITE=${ISMW_SUITE:-trixie}
ISMW_CACHE=${ISMW_CACHE:-/var/cache/is-migration-wizard}
# Bump when the recipe below changes in a way the package list does not show.
ISMW_RECIPE=2

say()  { printf '==> %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 2; }

# True when the host has everything the build needs. Checked by the files
# the CMake packages install, so that no package manager is assumed.
host_can_build() {
    local qtver
    command -v cmake >/dev/null || return 1
    command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || return 1
    command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || return 1
    # The fuzz pass of the tests: clang with its libFuzzer runtime.
    command -v clang++ >/dev/null || return 1
    compgen -G '/usr/lib/llvm-*/lib/clang/*/lib/*/libclang_rt.fuzzer*.a' >/dev/null \
        || compgen -G '/usr/lib/clang/*/lib/*/libclang_rt.fuzzer*.a' >/dev/null \
        || compgen -G '/usr/lib*/clang/*/lib/*/libclang_rt.fuzzer*.a' >/dev/null \
        || return 1
    compgen -G '/usr/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null \
        || compgen -G '/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null \
        || return 1
    compgen -G '/usr/lib*/cmake/toml11/toml11Config.cmake' >/dev/null \
        || compgen -G '/usr/lib/*/cmake/toml11/toml11Config.cmake' >/dev/null \
        || compgen -G '/usr/share/cmake/toml11/toml11Config.cmake' >/dev/null \
        || return 1
    qtver=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")/\1/p' \
        /usr/lib*/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake \
        /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake 2>/dev/null | head -n1)
    [ -n "$qtver" ] || return 1
    [ "$(printf '%s\n6.5.0\n' "$qtver" | sort -V | head -n1)" = "6.5.0" ] || return 1
}

# The first non-security Debian mirror the host's apt uses.
host_mirror() {
    local uri=""
    if [ -n "${ISMW_MIRROR:-}" ]; then
        printf '%s\n' "$ISMW_MIRROR"; return 0
    fi
    shopt -s nullglob
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        uri=$(awk '
            /^[[:space:]]*$/ { if (u != "" && s !~ /security/ && u !~ /security/ && t ~ /deb([^-]|$)/) { print u; exit } u=""; s=""; t=""; next }
            /^Types:/  { t=$0 }
            /^URIs:/   { u=$2 }
            /^Suites:/ { s=$0 }
            END { if (u != "" && s !~ /security/ && u !~ /security/ && t ~ /deb([^-]|$)/) print u }' "$f" | head -n1)
        [ -n "$uri" ] && break
    done
    if [ -z "$uri" ]; then
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -r "$f" ] || continue
            uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { if ($i !~ /security/) { print $i; exit } break } }' "$f")
            [ -n "$uri" ] && break
        done
    fi
    shopt -u nullglob
    [ -n "$uri" ] || die "no Debian mirror found in /etc/apt/sources.list(.d): set ISMW_MIRROR to a Debian mirror URL"
    printf '%s\n' "$uri"
}

packages_file() { printf '%s/packaging/buildroot/packages.txt\n' "$ISMW_SOURCE_DIR"; }

buildroot_packages() { grep -v '^[[:space:]]*#' "$(packages_file)" | grep -v '^[[:space:]]*$' | tr '\n' ' '; }

buildroot_dir() {
    local key
    key=$( { echo "recipe=$ISMW_RECIPE suite=$ISMW_SUITE arch=$(uname -m)"; buildroot_packages; } | sha256sum | cut -c1-16)
    printf '%s/root-%s-%s\n' "$ISMW_CACHE" "$ISMW_SUITE" "$key"
}

need_root_user() {
    [ "$(id -u)" = 0 ] && return 0
    die "the Debian 13 build root needs root (debootstrap, chroot, mounts): run this command as root, or use a host that has Qt >= 6.5, KF6 SyntaxHighlighting and toml11 4 (Debian 13, Fedora 40+, Arch)"
}

ensure_host_tool() {
    local tool=$1 pkg=$2
    command -v "$tool" >/dev/null && return 0
    [ -x "/usr/sbin/$tool" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "$tool is missing on this host: installing it (apt-get install $pkg)"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null \
            || die "$tool is missing and could not be installed: apt-get install $pkg"
    else
        die "$tool is missing: apt-get install $pkg"
    fi
}

# Makes the build root if the cache lacks it. Built into a temporary folder
# and renamed when complete, so an interrupted run never leaves a half root
# that a later run would trust.
ensure_buildroot() {
    need_root_user
    ensure_host_tool debootstrap debootstrap
    ensure_host_tool unshare util-linux
    local root mirror tmp started
    root=$(buildroot_dir)
    mkdir -p "$ISMW_CACHE"
    exec 9>"$ISMW_CACHE/.lock"
    flock 9
    if [ -f "$root/.ismw-complete" ]; then
        flock -u 9
        printf '%s\n' "$root"; return 0
    fi
    mirror=$(host_mirror)
    tmp="$root.partial.$$"
    rm -rf "$root".partial.* 2>/dev/null
    started=$(date +%s)
    say "making the Debian 13 build root in $root (about two minutes, once)"
    say "debootstrap $ISMW_SUITE from the host's mirror"
    if ! debootstrap --variant=minbase "$ISMW_SUITE" "$tmp" "$mirror" >"$ISMW_CACHE/debootstrap.log" 2>&1; then
        tail -n 20 "$ISMW_CACHE/debootstrap.log" >&2
        rm -rf "$tmp"
        die "debootstrap failed (full log: $ISMW_CACHE/debootstrap.log)"
    fi
    cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
    # Daemons must not start while packages install inside the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod +x "$tmp/usr/sbin/policy-rc.d"
    say "installing $(buildroot_packages | wc -w) packages into the build root"
    if ! unshare --mount --propagation private -- bash -c '
            set -e
            mount -t proc proc "$1/proc"
            mount --rbind /dev "$1/dev"
            shift
            chroot "$@"' _ "$tmp" "$tmp" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
            sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(buildroot_packages) && apt-get clean" \
            >"$ISMW_CACHE/packages.log" 2>&1; then
        tail -n 20 "$ISMW_CACHE/packages.log" >&2
        rm -rf "$tmp"
        die "installing the build root's packages failed (full log: $ISMW_CACHE/packages.log)"
    fi
    date -u +%FT%TZ >"$tmp/.ismw-complete"
    mv "$tmp" "$root"
    # Roots of older package lists pile up at ~2 GB each: keep this one and
    # the one before it (another checkout may still be on it).
    local old
    ls -1dt "$ISMW_CACHE"/root-* 2>/dev/null | grep -v '\.partial\.' | tail -n +3 | while read -r old; do
        say "removing an old build root: $old"
        rm -rf --one-file-system "$old"
    done
    flock -u 9
    say "build root ready in $(( $(date +%s) - started )) s"
    printf '%s\n' "$root"
}

# Runs a command inside the build root with the checkout bind-mounted at the
# same path, so that file names in compiler and test messages are the host's.
# ISMW_SHARE_HOST=1 also shares the host's home and data folders (for the
# wizard and the CLI; the tests stay isolated from them).
# The mounts live in a private mount namespace and vanish with it, also when
# the command is killed.
in_buildroot() {
    local root=$1; shift
    local display_env=()
    [ -n "${DISPLAY:-}" ] && display_env+=("DISPLAY=$DISPLAY")
    # The X server's cookie: where XAUTHORITY says, or the usual place.
    if [ -z "${XAUTHORITY:-}" ] && [ -n "${DISPLAY:-}" ] && [ -r "${HOME:-/root}/.Xauthority" ]; then
        XAUTHORITY="${HOME:-/root}/.Xauthority"
    fi
    if [ -n "${XAUTHORITY:-}" ] && [ -r "$XAUTHORITY" ]; then
        display_env+=("XAUTHORITY=/tmp/.ismw-xauthority")
    fi
    unshare --mount --propagation private -- bash -c '
        set -e
        root=$1; src=$2; xauth=$3; share=$4; shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        mkdir -p "$root$src"
        mount --bind "$src" "$root$src"
        if [ -d /tmp/.X11-unix ]; then
            mkdir -p "$root/tmp/.X11-unix"
            mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        if [ -n "$xauth" ]; then
            touch "$root/tmp/.ismw-xauthority"
            mount --bind "$xauth" "$root/tmp/.ismw-xauthority"
        fi
        # The wizard and the CLI work on the host'"'"'s files (IS homes under
        # /opt, projects in a home folder) and keep their settings in the
        # host'"'"'s home: those folders are the host'"'"'s own inside the root.
        if [ "$share" = 1 ]; then
            for dir in /home /root /opt /srv /mnt /media; do
                [ -d "$dir" ] || continue
                mkdir -p "$root$dir"
                mount --rbind "$dir" "$root$dir"
            done
        fi
        exec chroot "$root" "$@"' _ "$root" "$ISMW_SOURCE_DIR" "${XAUTHORITY:-}" "${ISMW_SHARE_HOST:-0}" \
        /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG="${ISMW_LANG:-C.UTF-8}" \
        USER="${SUDO_USER:-${USER:-}}" CI="${CI:-}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" ISMW_IN_BUILDROOT=1 ISMW_SOURCE_DIR="$ISMW_SOURCE_DIR" \
        ISMW_JOBS="${ISMW_JOBS:-}" ISMW_QUICK="${ISMW_QUICK:-}" \
        "${display_env[@]}" "$@"
}
