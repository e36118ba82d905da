#!/usr/bin/env bash
# Runs every test: installs what is missing, runs `swift test`, validates the real site's feed, calendar
# and sitemap with real parsers, then the browser and validator checks of the real site
# (scripts/a11y-check.sh; RAAD_SKIP_BROWSER=1 leaves them out).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift test "$@"
./scripts/validate-feeds.sh
[ "${RAAD_SKIP_BROWSER:-}" = 1 ] || ./scripts/a11y-check.sh
