#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/take-screenshots.sh [BUILD_DIR]
#   Takes the AppStream screenshots (packaging/screenshots/*.png) of the veille
#   in BUILD_DIR (default build-rel) under Xvfb at 1366x768, on the sample
#   corpus, in English: the window with an article open, then a search. The
#   clicks are at fixed places in the window: look at the pictures after a
#   layout change. Needs xvfb, xauth, xdotool and imagemagick.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build-rel}" && pwd)
out=$root/packaging/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${VEILLE_SCREENSHOT_INNER:-}" != 1 ]; then
    # Run again inside a private X server of the size of the screenshots.
    export VEILLE_SCREENSHOT_INNER=1
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$build"
fi

export HOME=$work LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
"$build/src/cli/veille-cli" --db "$work/sample.sqlite" import "$root/resources/sample-corpus"
"$build/src/app/veille" -geometry 1366x768+0+0 --db "$work/sample.sqlite" &
pid=$!
xdotool search --sync --onlyvisible --name Veille >/dev/null
sleep 3

shoot() { # shoot NAME: the whole screen, stripped and down to 64 colours
    import -window root "$work/$1.png"
    convert "$work/$1.png" -strip -colors 64 "PNG8:$out/$1.png"
}
xdotool mousemove 60 280 click 1 # the Nvidia article in the list
sleep 1
shoot main-window
xdotool key slash type Nvidia
xdotool key Return
sleep 2
xdotool mousemove 60 130 click 1 # the first result
sleep 1
shoot search
kill "$pid"
wait "$pid" || true
ls -l "$out"/*.png
