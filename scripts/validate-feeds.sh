#!/usr/bin/env bash
# Builds the real site and validates feed.xml, moter.ics, sitemap.xml and robots.txt with real parsers
# (feedparser, icalendar from PyPI). Prints "N passed, N failed" last.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install -q --disable-pip-version-check feedparser==6.0.11 icalendar==6.1.0
swift build --product raad >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/debug/raad build --output "$out/site" >/dev/null
exec "$venv/bin/python" scripts/validate_feeds.py "$out/site" "https://example.org/radsmodellen/"
