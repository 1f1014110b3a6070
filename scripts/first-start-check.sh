#!/usr/bin/env bash
# CI, Linux, under Xvfb (`xvfb-run -a bash scripts/first-start-check.sh`): the README's first
# command, `npm install && npm start`, on a fresh copy of this commit with nothing installed,
# must end with the app's window on screen. Its output goes to test-results/electron/first-start.log.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
log="$repo/test-results/electron/first-start.log"
work="$(mktemp -d)"
mkdir -p "$(dirname "$log")" "$work/copy" "$work/data"

# Exactly the committed files, as a clone has them: no node_modules, no out/, no Electron binary.
git -C "$repo" archive --format=tar HEAD | tar -x -C "$work/copy"
cd "$work/copy"

# Its own session, so the whole tree (npm, electron-vite, Electron) can be stopped at the end.
PSD_DATA_DIR="$work/data" setsid bash -c 'npm install --no-audit --no-fund && npm start' >"$log" 2>&1 &
pid=$!
trap 'kill -TERM -- "-$pid" 2>/dev/null || true; sleep 2; rm -rf "$work"' EXIT

for _ in $(seq 1 600); do
  if xdotool search --onlyvisible --name 'Partner Support Desk' >/dev/null 2>&1; then
    echo "npm install && npm start: the window is up."
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "npm install && npm start ended before a window came up:"
    tail -n 40 "$log"
    exit 1
  fi
  sleep 1
done
echo "npm install && npm start: no window after 10 minutes:"
tail -n 40 "$log"
exit 1
