#!/usr/bin/env bash
# Builds the release archive: one `raad` binary that runs on a Linux machine with no Swift and no -dev
# package, with the Swift runtime and the C libraries (cmark-gfm and its extensions, libxml2 and what it
# needs, libstemmer, zlib, libstdc++) linked in, and the default theme inside it.
#
#   scripts/release.sh [OUTPUT_FOLDER]      (default: dist/)
#
# Writes OUTPUT_FOLDER/raad-<version>-linux-x86_64.tar.gz and its .sha256 (the format of `sha256sum`), and
# prints both paths. The version is RaadVersion.number, the commit is `git rev-parse --short HEAD`
# (with "-dirty" when the tree has changes).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
./scripts/install-deps.sh

version="$(sed -n 's/^ *static let number = "\(.*\)"$/\1/p' Sources/raad/RaadVersion.swift)"
[ -n "$version" ] || { echo "release.sh: no version in Sources/raad/RaadVersion.swift" >&2; exit 1; }
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit-dirty"
arch="$(uname -m)"
name="raad-$version-linux-$arch"

# The linker takes the first library of a name it finds on its search path, and looks for `.so` before `.a`
# only within one folder: a folder holding just the static archives, searched first, makes every `-l` of the
# C targets (and Swift's own `-lstdc++`) resolve to the `.a`. pkg-config would put the system folder first
# (`-L/usr/lib/x86_64-linux-gnu`), so the build reads copies of the .pc files whose libdir is that folder.
# libxml2.a needs ICU, lzma and zlib, which its shared library names itself; an archive has no such list, so
# `-lxml2` resolves to a linker script that groups them.
libdir="/usr/lib/$(gcc -print-multiarch)"
scratch=.build-dist
static="$(pwd)/$scratch/static-libs"  # a fixed place, so a second build links again without compiling again
rm -rf "$static"
mkdir -p "$static"
for lib in cmark-gfm cmark-gfm-extensions stemmer z; do
  ln -s "$libdir/lib$lib.a" "$static/lib$lib.a"
done
ln -s "$(g++ -print-file-name=libstdc++.a)" "$static/libstdc++.a"
echo "GROUP ( $libdir/libxml2.a $libdir/libicuuc.a $libdir/libicudata.a $libdir/liblzma.a $libdir/libz.a $(g++ -print-file-name=libstdc++.a) -lm )" \
  > "$static/libxml2.a"
mkdir -p "$static/pkgconfig"
for pc in libcmark-gfm libxml-2.0; do
  sed -e "s|^libdir=.*|libdir=$static|" -e '/^Libs.private:/d' "$libdir/pkgconfig/$pc.pc" > "$static/pkgconfig/$pc.pc"
done
export PKG_CONFIG_PATH="$static/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"

commit_header=Sources/CBuildInfo/release_commit.h
stage="$(mktemp -d)"
trap 'rm -rf "$stage" "$commit_header"' EXIT
printf '#define RAAD_COMMIT "%s"\n' "$commit" > "$commit_header"
swift build -c release --product raad --scratch-path "$scratch" --static-swift-stdlib \
  -Xlinker -L"$static" -Xswiftc -Xclang-linker -Xswiftc -static-libgcc
rm -f "$commit_header"
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/raad"

mkdir -p "$stage/$name"
cp "$bin" "$stage/$name/raad"
strip "$stage/$name/raad"
cp README.md CHANGELOG.md "$stage/$name/"
# What the binary needs of the machine: anything beyond glibc is a release bug.
if ldd "$stage/$name/raad" | grep -vE 'linux-vdso|ld-linux|/lib(c|m|dl|pthread|rt)\.so' | grep -q .; then
  echo "release.sh: the binary needs more than the C library:" >&2
  ldd "$stage/$name/raad" >&2
  exit 1
fi

mkdir -p "$out"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
echo "$out/$name.tar.gz.sha256"
