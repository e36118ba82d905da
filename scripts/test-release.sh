#!/usr/bin/env bash
# Proves the release archive runs without Swift: builds it (scripts/release.sh), makes a minimal Debian 12
# root (debootstrap --variant=minbase, Debian's own packages: no Swift, no -dev package, no libcmark), puts
# the binary and a copy of content/ in it, and runs `raad --version`, `raad build` and `raad check` inside
# with chroot. Prints what the binary needs of the machine (ldd) and the newest glibc symbol version it uses.
#
#   scripts/test-release.sh [ARCHIVE]     (default: build one into a temporary folder)
#
# Needs root (debootstrap, chroot, mount). RAAD_TEST_ROOT names a folder to keep the Debian root in between
# runs (it is made once; default: a temporary folder, removed afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "test-release: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap and chroot)"
./scripts/install-deps.sh debootstrap binutils

work="$(mktemp -d)"
root="${RAAD_TEST_ROOT:-$work/root}"
cleanup() {
  mountpoint -q "$root/proc" && umount "$root/proc"
  rm -rf "$work"
}
trap cleanup EXIT

archive="${1:-}"
if [ -z "$archive" ]; then
  archive="$(./scripts/release.sh "$work/dist" | grep '\.tar\.gz$')"
fi
(cd "$(dirname "$archive")" && sha256sum -c "$(basename "$archive").sha256") || fail "the SHA-256 file does not match"

if [ ! -x "$root/bin/sh" ]; then
  echo "Making a minimal Debian 12 root in $root" >&2
  start=$(date +%s)
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }
  echo "  done in $(( $(date +%s) - start )) s" >&2
fi
# The root must be what a machine without Swift is: nothing raad was built with.
chroot "$root" sh -c 'command -v swift swiftc clang' && fail "the Debian root has a Swift toolchain"
ls "$root"/usr/lib/*/libcmark-gfm* "$root"/usr/lib/*/libstemmer* 2>/dev/null && fail "the Debian root has libcmark or libstemmer"
if chroot "$root" dpkg-query -W -f '${Package}\n' | grep -E -- '-dev$'; then fail "the Debian root has -dev packages"; fi

rm -rf "$root/opt/raad" "$root/site"
mkdir -p "$root/opt/raad" "$root/site"
tar -xzf "$archive" -C "$root/opt/raad" --strip-components=1
cp -r content "$root/site/content"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"

echo "== ldd raad"
ldd "$root/opt/raad/raad" | tee "$work/ldd.txt"
if grep -vE 'linux-vdso|ld-linux|/lib(c|m|dl|pthread|rt)\.so' "$work/ldd.txt" | grep -q .; then
  fail "the binary needs more than the C library"
fi
glibc="$(objdump -T "$root/opt/raad/raad" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)"
echo "== newest glibc symbol version: $glibc"
echo "== size: $(du -h "$root/opt/raad/raad" | cut -f1) (archive $(du -h "$archive" | cut -f1))"

run() { chroot "$root" /usr/bin/env -i PATH=/opt/raad:/usr/bin:/bin HOME=/root LANG=C.UTF-8 sh -c "cd /site && $*"; }
echo "== raad --version"
version="$(run raad --version)"
echo "$version"
expected="$(sed -n 's/^ *static let number = "\(.*\)"$/\1/p' Sources/raad/RaadVersion.swift)"
case "$version" in "raad $expected ("*")") ;; *) fail "raad --version printed '$version', expected 'raad $expected (<commit>)'" ;; esac
case "$version" in *"(dev)") fail "the release binary does not know its commit" ;; esac
echo "== raad build (inside the Debian root, no themes/ folder beside content/ is used: --themes points at none)"
run raad build --base-url /radsmodellen/ --lang en
[ -f "$root/site/site/index.html" ] || fail "raad build wrote no site/index.html"
pages=$(find "$root/site/site" -name '*.html' | wc -l)
echo "   $pages pages"
[ "$pages" -ge 50 ] || fail "only $pages pages built"
grep -q "Strategirådet" "$root/site/site/index.html" || fail "the front page does not name Strategirådet"
echo "== raad check"
run raad check --site site --lang en
echo "test-release: the release binary builds and checks the real content in a Debian 12 root without Swift"
