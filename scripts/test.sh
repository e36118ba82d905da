#!/usr/bin/env bash
# Runs every test: installs what is missing, runs `swift test`, then validates the real site's
# feed, calendar and sitemap with real parsers.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift test "$@"
./scripts/validate-feeds.sh
