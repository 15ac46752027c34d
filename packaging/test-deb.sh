#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/test-deb.sh [DEB]
#   Proves that the .deb installs and works on a clean Debian 12. It makes a
#   minimal bookworm root with debootstrap, installs DEB there (default: the
#   newest build-rel/veille_*.deb) with `apt-get install ./veille_*.deb`,
#   without recommends, which pulls its dependencies from the Debian mirror
#   this machine's apt uses, imports and searches the sample corpus with
#   veille-cli, then starts veille under xvfb-run and takes a screenshot.
#   Prints PASS or FAIL, and exits non-zero on failure.
#
#   Needs root (debootstrap, mount, chroot) and network access to the mirror.
#   The bootstrapped root and the downloaded packages are kept in
#   $VEILLE_TEST_DEB_CACHE (default /var/tmp/veille-test-deb), so a second
#   run takes under two minutes; each run works on a fresh copy. The screenshot
#   and the logs go to $VEILLE_TEST_DEB_OUT (default: test-deb/ beside DEB).
#   Too slow for every CI run: .ci/run does not call it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
suite=bookworm
cache=${VEILLE_TEST_DEB_CACHE:-/var/tmp/veille-test-deb}
# shellcheck disable=SC2012 # the newest by time
deb=${1:-$(ls -t "$root"/build-rel/veille_*.deb 2>/dev/null | head -1 || true)}

result=FAIL
trap 'echo "$result"' EXIT
fail() {
    echo "test-deb: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "needs root, for debootstrap, mount and chroot"
[ -f "$deb" ] || fail "no .deb: run cpack -G DEB in build-rel, or name the file"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
out=${VEILLE_TEST_DEB_OUT:-$(dirname "$deb")/test-deb}
mkdir -p "$out" "$cache/archives/partial"

# The first URI of apt's sources on this machine that ends in /debian (or
# /debian-security with $1 = -security), so the test uses the same mirror.
apt_mirror() {
    {
        grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | sed 's/^URIs://' | tr -s '[:blank:]' '\n'
        grep -hsE '^deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
            sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' | awk '{print $1}'
    } | sed 's:/*$::' | grep -E "/debian$1\$" | head -1 || true
}
mirror=$(apt_mirror "")
security=$(apt_mirror -security)
mirror=${mirror:-http://deb.debian.org/debian}
security=${security:-http://deb.debian.org/debian-security}
echo "test-deb: $deb on Debian $suite from $mirror"

# The minimal root, made once: debootstrap takes a few minutes.
base=$cache/$suite-minbase
if [ ! -d "$base" ]; then
    rm -rf "$base.partial"
    debootstrap --variant=minbase "$suite" "$base.partial" "$mirror" >"$out/debootstrap.log" 2>&1 ||
        fail "debootstrap failed; see $out/debootstrap.log"
    mv "$base.partial" "$base"
fi

# A fresh copy for this run, beside the cache so the copy stays on one disk.
work=$(mktemp -d "$cache/run.XXXXXX")
rootfs=$work/rootfs
mounted=()
cleanup() {
    local status=$? i pid
    # Processes started in the root (Xvfb, veille) would keep it busy.
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/root" 2>/dev/null)" = "$rootfs" ] && kill -9 "${pid#/proc/}" 2>/dev/null
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}"
    done
    # Never delete through a mount that is still there (the host's /dev/pts).
    if grep -qF " $work/" /proc/mounts; then
        echo "test-deb: $work is still mounted; left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
    echo "$result"
    exit $status
}
trap cleanup EXIT
mount_in() { # mount_in PATH_IN_ROOT mount-arguments...
    local target=$rootfs$1
    shift
    mount "$@" "$target"
    mounted+=("$target")
}
in_root() {
    chroot "$rootfs" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

prepare_root() {
    cp -a "$base" "$rootfs"
    mount_in /proc -t proc proc
    mount_in /sys -t sysfs -o ro sysfs
    mount_in /dev/pts --bind /dev/pts
    mount_in /dev/shm -t tmpfs -o mode=1777 tmpfs
    mount_in /var/cache/apt/archives --bind "$cache/archives"
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    # No service may start inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
    chmod 755 "$rootfs/usr/sbin/policy-rc.d"
    cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
    in_root apt-get update >"$out/apt-update.log" 2>&1 || fail "apt-get update failed; see $out/apt-update.log"
}

install_deb() {
    cp "$deb" "$rootfs/tmp/"
    # Without recommends: libqt6sql6 recommends the SQLite driver, which
    # would hide a Depends that lacks it, and many systems do not install
    # recommends.
    in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$(basename "$deb")" \
        >"$out/apt-install.log" 2>&1 ||
        fail "apt-get install failed; see $out/apt-install.log"
    echo "test-deb: installed; $(grep -cE '^Setting up ' "$out/apt-install.log") packages set up"
}

# The CLI on the sample: every file but its README is imported, a search
# finds the Nvidia article, and iso-codes' countries are in the gazetteer.
check_cli() {
    cp -a "$root/resources/sample-corpus" "$rootfs/root/sample-corpus"
    local files cli=(veille-cli --db /root/veille.sqlite)
    files=$(find "$rootfs/root/sample-corpus" -type f ! -name README.md | wc -l)
    in_root "${cli[@]}" import /root/sample-corpus >"$out/import.txt" 2>&1 || fail "import failed: $(cat "$out/import.txt")"
    grep -qx "$files imported, 0 updated, 0 unchanged, 0 failed" "$out/import.txt" ||
        fail "import of $files files said: $(cat "$out/import.txt")"
    in_root "${cli[@]}" search Nvidia >"$out/search.txt" 2>&1 || fail "search failed: $(cat "$out/search.txt")"
    grep -qP '^\d+\t2023-12\tVNA/CVN\tNvidia envisage' "$out/search.txt" ||
        fail "the search for Nvidia missed the article: $(cat "$out/search.txt")"
    grep -qE '^[1-9][0-9]* of [0-9]+ matching articles' "$out/search.txt" || fail "no search count"
    in_root "${cli[@]}" entities list --type place >"$out/places.txt" 2>&1 || fail "entities list failed"
    grep -E 'Socialist Republic of Viet Nam' "$out/places.txt" | grep -qP '\t[1-9]\d* article' ||
        fail "no Viet Nam from iso-codes with its articles: $(head -3 "$out/places.txt")"
    echo "test-deb: veille-cli: $(cat "$out/import.txt"); search: $(grep "matching articles" "$out/search.txt")"
}

# The window, after the package is in: the test tools are no dependency of
# it, so they are installed only now.
check_window() {
    in_root apt-get install -y --no-install-recommends xvfb xauth imagemagick >"$out/apt-tools.log" 2>&1 ||
        fail "the test tools did not install; see $out/apt-tools.log"
    cat >"$rootfs/root/window.sh" <<'EOF'
#!/bin/sh
export XDG_RUNTIME_DIR=/root/run
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
veille -geometry 1366x768+0+0 --db /root/veille.sqlite >/root/veille.log 2>&1 &
pid=$!
sleep 10
import -window root /root/screenshot.png
kill -0 "$pid" || { echo "veille exited early"; exit 1; }
kill "$pid"
EOF
    in_root xvfb-run -a -s "-screen 0 1366x768x24" sh /root/window.sh >"$out/window.txt" 2>&1 ||
        fail "the window did not stay up: $(cat "$out/window.txt" "$rootfs/root/veille.log")"
    cp "$rootfs/root/veille.log" "$out/veille.log"
    cp "$rootfs/root/screenshot.png" "$out/screenshot.png"
    ! grep -E 'driver not loaded|cannot be opened|Could not load the Qt platform' "$out/veille.log" ||
        fail "veille could not start properly; see $out/veille.log"
    local colours
    colours=$(in_root convert /root/screenshot.png -format %k info:)
    [ "$colours" -ge 64 ] || fail "the screenshot has only $colours colours: is the window there?"
    echo "test-deb: window screenshot: $out/screenshot.png ($colours colours)"
}

prepare_root
install_deb
check_cli
check_window
result=PASS
