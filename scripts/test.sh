#!/usr/bin/env bash
# Runs every test: installs what is missing, runs `swift test`, does what CI promises on the real content
# (`raad build` succeeds, `raad check` finds no broken link), validates the feed, calendar and sitemap with
# real parsers, puts `raad serve` under load while content changes, then tests the search page and checks accessibility and HTML validity of the real site in
# headless Chromium (RAAD_SKIP_BROWSER=1 leaves the browser checks out).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift test "$@"
./scripts/lint-ci-files.sh
./scripts/check-site.sh
./scripts/validate-feeds.sh
python3 scripts/serve-load.py --raad "$(swift build --show-bin-path)/raad"
if [ "${RAAD_SKIP_BROWSER:-}" != 1 ]; then
  ./scripts/browser-test.sh
  ./scripts/a11y-check.sh
fi
