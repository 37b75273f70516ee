#!/usr/bin/env bash
# Screenshots of the real program for the README: the start screen, a domain page, the overview
# and the report page of the shipped example, taken under Xvfb with the keyboard shortcuts a user
# has (Ctrl+PgDn / Ctrl+PgUp step through the pages, Ctrl+P shows the report page).
#
#   bash .ci/screenshots.sh [OUT_DIR]      (default docs/screenshots)
#
# HELHED_LANG=da_DK.UTF-8 takes them with the Danish UI, FYNE_THEME=dark in the dark theme (the
# default here is the light one, which prints and projects better). Needs Xvfb, xdotool and ImageMagick
# (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/x11.sh

out=${1:-docs/screenshots}
example=faldsensor-hjemmepleje
mkdir -p "$out"
need_tools
private_home
export FYNE_THEME=${FYNE_THEME:-light}
build_app
SCREEN_SIZE=1280x800 start_x
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && stop_app "$app_pid"
	stop_x
	rm -rf "$WORK"
}
trap cleanup EXIT

# open starts the program with the given arguments and waits for its window to show; it sets
# $win and makes the window fill the screen, so that a root-window shot is the window.
launch() {
	"$APP" "$@" >"$WORK/app.log" 2>&1 &
	app_pid=$!
	win=$(timeout 60 xdotool search --sync --onlyvisible --name '^Helhed' | head -n 1) || true
	if [ -z "$win" ]; then
		echo "the window did not show; the program said:" >&2
		cat "$WORK/app.log" >&2
		exit 1
	fi
	xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
	xdotool windowfocus "$win" 2>/dev/null || true
	settle
}

# settle waits for the window to finish drawing: a software renderer takes a moment.
settle() { sleep "${SETTLE:-1.5}"; }

# key presses keys in the window and waits for it to draw.
key() {
	xdotool key --window "$win" --clearmodifiers "$@"
	settle
}

shot() {
	import -window root "$out/$1.png"
	echo "wrote $out/$1.png"
}

# 1. The start screen.
launch
shot start
stop_app "$app_pid"; app_pid=""

# 2. The example. It opens on its first domain and asks who is at the keyboard: Tab and Space
#    choose the first member, as a user would.
launch example "$example"
key Tab space
key ctrl+Next # from the first domain (scope) to "1. Need and technology"
shot domain

# 3. The Perspectives page, two pages before the report page (past the recommendation), then the
# overview just before it.
key ctrl+p
key ctrl+Prior ctrl+Prior
shot perspectives
key ctrl+Prior
# Scroll the page down to the profile chart.
xdotool mousemove --window "$win" 800 450
xdotool click --repeat "${OVERVIEW_SCROLL:-30}" --delay 30 5
settle
shot overview

# 4. The report page.
key ctrl+p
shot report
