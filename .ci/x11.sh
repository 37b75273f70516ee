# Shared by screenshots.sh and startup-time.sh (source it): the X tools, a private Xvfb display,
# a private home for the app, and the real binary.

# need_tools installs what the scripts use, if missing (Debian package names).
need_tools() {
	local missing=""
	command -v Xvfb >/dev/null || missing="$missing xvfb"
	command -v xdotool >/dev/null || missing="$missing xdotool"
	command -v import >/dev/null || missing="$missing imagemagick"
	command -v xdpyinfo >/dev/null || missing="$missing x11-utils"
	if [ -n "$missing" ]; then
		echo "installing$missing"
		local sudo=""
		[ "$(id -u)" = 0 ] || sudo=sudo
		$sudo apt-get update -qq
		$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
	fi
}

# start_x starts Xvfb at $SCREEN_SIZE on a free display (Xvfb picks it: other programs may have
# displays of their own) and exports DISPLAY.
start_x() {
	local fifo
	fifo=$(mktemp -u)
	mkfifo "$fifo"
	Xvfb -displayfd 3 -screen 0 "${SCREEN_SIZE:-1280x800}x24" -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
	XVFB_PID=$!
	local num
	read -r -t 10 num <"$fifo" || true
	rm -f "$fifo"
	if [ -z "$num" ]; then
		echo "Xvfb did not start" >&2
		return 1
	fi
	export DISPLAY=":$num"
	for _ in $(seq 100); do
		xdpyinfo >/dev/null 2>&1 && return 0
		sleep 0.05
	done
	echo "Xvfb did not answer on $DISPLAY" >&2
	return 1
}

# private_home gives the app an empty home: no settings, recent files or recovery copies of the
# user's show up, and none are left behind. Go keeps its caches where they were.
private_home() {
	WORK=$(mktemp -d)
	export GOCACHE GOMODCACHE GOPATH
	GOCACHE=$(go env GOCACHE)
	GOMODCACHE=$(go env GOMODCACHE)
	GOPATH=$(go env GOPATH)
	export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache"
	mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
	export LANG=${HELHED_LANG:-en_US.UTF-8} LC_ALL= MESA_SHADER_CACHE_DISABLE=true
}

# build_app builds the real (cgo, OpenGL) program into $WORK/helhed.
build_app() {
	go build -o "$WORK/helhed" ./cmd/helhed
	APP="$WORK/helhed"
}

# stop_app stops the program started as $1 (a PID), then waits for it.
stop_app() {
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

# stop_x stops Xvfb (after the app: an app that loses its display logs an X I/O error).
stop_x() {
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	XVFB_PID=""
}
