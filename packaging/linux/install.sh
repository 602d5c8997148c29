#!/bin/sh
# Install Daftar's one-folder build for the current user, or remove it again.
#
#   packaging/linux/install.sh [BUILD]       install (BUILD: the built folder, default dist/daftar)
#   packaging/linux/install.sh --uninstall   remove it (school files and backups are kept)
#
# Puts the program in ~/.local/opt/daftar, a "daftar" command in ~/.local/bin,
# the menu entry in ~/.local/share/applications and the icons in
# ~/.local/share/icons/hicolor. Needs no root and writes nothing else.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt="$HOME/.local/opt/daftar"
bin="$HOME/.local/bin"
desktop="$data_home/applications/daftar.desktop"
icons="$data_home/icons/hicolor"
sizes="16x16 24x24 32x32 48x48 64x64 128x128 256x256 scalable"

refresh() {
    # Tell the desktop about the change; none of these is needed for Daftar to work.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
    fi
}

uninstall() {
    rm -rf "$opt"
    if [ -L "$bin/daftar" ]; then rm -f "$bin/daftar"; fi
    rm -f "$desktop"
    for size in $sizes; do
        rm -f "$icons/$size/apps/daftar.png" "$icons/$size/apps/daftar.svg"
    done
    rmdir "$HOME/.local/opt" 2>/dev/null || true
    refresh
    echo "Daftar is removed. School files, backups and settings are kept in your data folder."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

build=${1:-$root/dist/daftar}
if [ ! -x "$build/daftar" ] || [ ! -d "$build/_internal" ]; then
    echo "No Daftar build in $build (it needs the program 'daftar' and its '_internal' folder)." >&2
    echo "Build it first with 'make package', or give the built folder: $0 PATH/TO/daftar" >&2
    exit 1
fi
build=$(cd "$build" && pwd)

# Copy beside the old copy, then swap, so a failed copy leaves the old one working.
mkdir -p "$HOME/.local/opt" "$bin" "$data_home/applications"
rm -rf "$opt.new"
cp -R "$build" "$opt.new"
rm -rf "$opt.old"
if [ -d "$opt" ]; then mv "$opt" "$opt.old"; fi
mv "$opt.new" "$opt"
rm -rf "$opt.old"

ln -sfn "$opt/daftar" "$bin/daftar"
sed "s|^Exec=.*|Exec=$opt/daftar|" "$here/daftar.desktop" > "$desktop.new"
mv "$desktop.new" "$desktop"
for size in $sizes; do
    for file in "$here/icons/hicolor/$size/apps/"daftar.*; do
        [ -f "$file" ] || continue
        mkdir -p "$icons/$size/apps"
        cp "$file" "$icons/$size/apps/"
    done
done
refresh
echo "Daftar is installed in $opt."
echo "Start it from the applications menu, or run: $bin/daftar"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH; add it to run 'daftar' by name.)" ;;
esac
