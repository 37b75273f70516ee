#!/usr/bin/env bash
# Builds Helhed's packages into dist/ (run as `make dist`):
#   helhed-VERSION-linux-amd64.tar.xz  fyne package's archive, with the .mtv MIME type and an
#                                      install step (Makefile) that registers it
#   helhed.exe                         Windows GUI program (no console), icon and version embedded
#   helhed-cli.exe                     the same program as a console program, for the command line
#   SHA256SUMS
# On a Mac, `bash packaging/dist.sh macos` makes helhed-VERSION-macos-ARCH.zip (Helhed.app).
# The version is the program's own (casefile.AppVersion). The tree is left as it was: fyne package
# wants FyneApp.toml and the icon beside main.go and rewrites FyneApp.toml, so it works on a copy of
# cmd/helhed under dist/_src (ignored by ./... patterns and by git), removed at the end.
# Needs: Go, the packages of .ci/setup (gcc, GL and X headers, gcc-mingw-w64-x86-64, xz-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="/usr/local/go/bin:$PATH"
tool() { go tool -modfile="$root/packaging/tools.mod" "$@"; }

only=${1:-all} # all (linux and windows), linux, windows, or macos (on a Mac)
version=$(CGO_ENABLED=0 go run ./packaging/appversion)
build=$(sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' FyneApp.toml)
echo "dist: Helhed $version (build ${build:-1})"

mkdir -p dist
src=dist/_src/helhed
rm -rf dist/_src
trap 'rm -rf "$root/dist/_src"' EXIT
mkdir -p "$src"
for f in cmd/helhed/*.go; do
	case "$f" in *_test.go) ;; *) cp "$f" "$src/" ;; esac
done
cp resources/icon.png "$src/icon.png"
# The metadata as it is at the top level, with the icon beside it and the program's version.
sed -e 's|^\([[:space:]]*Icon[[:space:]]*=[[:space:]]*\)".*"|\1"icon.png"|' \
	-e 's|^\([[:space:]]*Version[[:space:]]*=[[:space:]]*\)".*"|\1"'"$version"'"|' \
	FyneApp.toml > "$src/FyneApp.toml"

if [ "$only" = all ] || [ "$only" = linux ]; then
	echo "== Linux: fyne package"
	(cd "$src" && tool fyne package --os linux)
	stage=$(mktemp -d)
	tar -xJf "$src/Helhed.tar.xz" -C "$stage"
	pkg="$stage/helhed-$version"
	mv "$stage/helhed" "$pkg"
	for f in usr/local/bin/helhed usr/local/share/applications/dk.helhed.app.desktop \
		usr/local/share/pixmaps/dk.helhed.app.png; do
		[ -f "$pkg/$f" ] || { echo "dist: fyne package made no $f"; exit 1; }
	done
	# Our install step: fyne's Makefile does not know the MIME type.
	install -Dm0644 packaging/linux/dk.helhed.app.xml "$pkg/usr/local/share/mime/packages/dk.helhed.app.xml"
	cp packaging/linux/Makefile "$pkg/Makefile"
	tar -cJf "dist/helhed-$version-linux-amd64.tar.xz" -C "$stage" --owner=0 --group=0 "helhed-$version"
	rm -rf "$stage"
	echo "dist/helhed-$version-linux-amd64.tar.xz"
fi

if [ "$only" = all ] || [ "$only" = windows ]; then
	echo "== Windows: resources (icon, version, manifest)"
	(cd "$src" && tool go-winres simply --arch amd64 --icon icon.png --manifest gui \
		--product-name Helhed --product-version "$version.${build:-1}" --file-version "$version.${build:-1}" \
		--file-description "Helhed: health technology assessment (MTV 2.0)" \
		--original-filename helhed.exe --out rsrc)
	# The same program twice: helhed.exe for double-clicking (the GUI subsystem: no console
	# window, but nothing it prints is seen), helhed-cli.exe for the command line. fyne build sets
	# the migrated_fynedo tag for [Migrations] fyneDo; so do these. -s -w leaves out the debugging
	# tables (a third of the file).
	export CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc
	echo "== Windows: helhed.exe"
	go build -tags migrated_fynedo -ldflags "-s -w -H=windowsgui" -o dist/helhed.exe "./$src"
	echo "== Windows: helhed-cli.exe"
	go build -tags migrated_fynedo -ldflags "-s -w" -o dist/helhed-cli.exe "./$src"
	unset CGO_ENABLED GOOS GOARCH CC
fi

if [ "$only" = macos ]; then
	# On a Mac only (Go and Xcode's command line tools): fyne package makes Helhed.app with the
	# icon and the version; ditto zips it the way the Finder does.
	echo "== macOS: fyne package"
	# MACOS_CERT names a Developer ID certificate to sign with (docs/release.md).
	if [ -n "${MACOS_CERT:-}" ]; then
		(cd "$src" && tool fyne package --os darwin --release --certificate "$MACOS_CERT")
	else
		(cd "$src" && tool fyne package --os darwin)
	fi
	rm -f "dist/helhed-$version-macos-$(uname -m).zip"
	ditto -c -k --sequesterRsrc --keepParent "$src/Helhed.app" "dist/helhed-$version-macos-$(uname -m).zip"
fi

shopt -s nullglob
built=(dist/*.tar.xz dist/*.exe dist/*.zip)
if command -v sha256sum >/dev/null; then sum=(sha256sum); else sum=(shasum -a 256); fi
(cd dist && "${sum[@]}" -- "${built[@]#dist/}" > SHA256SUMS)
ls -l dist
