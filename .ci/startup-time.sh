#!/usr/bin/env bash
# Time from starting the program to its window showing, with the shipped example open: the
# median of RUNS (default 5) runs under Xvfb, in milliseconds. The window shows once its first
# frame is drawn; `xdotool search --sync --onlyvisible` waits for that.
#
#   bash .ci/startup-time.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/x11.sh

runs=${RUNS:-5}
need_tools
private_home
build_app
start_x
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && stop_app "$app_pid"
	stop_x
	rm -rf "$WORK"
}
trap cleanup EXIT

times=()
for i in $(seq "$runs"); do
	start=$(date +%s%N)
	"$APP" example faldsensor-hjemmepleje >"$WORK/app.log" 2>&1 &
	app_pid=$!
	if ! timeout 60 xdotool search --sync --onlyvisible --name '^Helhed' >/dev/null; then
		echo "the window did not show; the program said:" >&2
		cat "$WORK/app.log" >&2
		exit 1
	fi
	end=$(date +%s%N)
	ms=$(((end - start) / 1000000))
	times+=("$ms")
	echo "run $i: $ms ms"
	stop_app "$app_pid"
	app_pid=""
	sleep 0.3
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "start to first frame with the example open: median ${median} ms of ${runs} runs (${times[*]} ms)"
