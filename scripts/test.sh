#!/usr/bin/env bash
# Runs every test: installs what is missing, then `swift test`, then the search page in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift test "$@"
./scripts/browser-test.sh
