#!/usr/bin/env bash
# Checks the real site (then the example board) in a browser and with the HTML validator: axe-core (WCAG 2.0/2.1 A and AA) in headless
# Chromium on every kind of page, the Nu HTML Checker on every page, no sideways scrolling at 320/360 px and at
# 200 % zoom, 24 px touch targets, visible focus; writes screenshots of a sak page at 360 and 1280 px.
# Installs what it needs when missing: Debian's chromium, chromium-driver, a Java runtime and python3-venv,
# and the pinned PyPI packages of Tests/Browser/requirements.txt in a venv under .build-a11y/.
# Prints `N passed, N failed` last and exits non-zero on any failure. Extra arguments go to a11y_check.py.
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-a11y
requirements=Tests/Browser/requirements.txt

./scripts/install-deps.sh
./scripts/install-deps.sh chromium chromium-driver python3 python3-venv
command -v java >/dev/null || ./scripts/install-deps.sh default-jre-headless

# Debian's Python, not whatever else is on PATH, so the venv is the same on every machine.
if ! cmp -s "$requirements" "$work/venv/requirements.txt"; then
  rm -rf "$work/venv"
  /usr/bin/python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements"
  cp "$requirements" "$work/venv/requirements.txt"
fi

# Selenium must use Debian's chromium-driver, never fetch a driver or browser of its own.
export SE_OFFLINE=true
swift build --product raad >/dev/null
raad="$(swift build --show-bin-path)/raad"
status=0
"$work/venv/bin/python" Tests/Browser/a11y_check.py --raad "$raad" --screenshots "$work/screenshots" "$@" || status=$?
# The example board too: the pages other bodies get (roles, a closed sak's line, renamed labels).
"$work/venv/bin/python" Tests/Browser/a11y_check.py --board --raad "$raad" --screenshots "$work/screenshots/board" "$@" \
  || status=$?
exit "$status"
