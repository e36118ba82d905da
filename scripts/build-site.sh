#!/usr/bin/env bash
# Builds the site from content/ into site/: installs what is missing, compiles raad, runs `raad build`.
# Extra arguments go to `raad build`, e.g. --base-url https://example.org/radsmodellen/
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build -c release --product raad
exec .build/release/raad build "$@"
