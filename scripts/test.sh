#!/usr/bin/env bash
# Runs every test: installs what is missing, runs `swift test`, then does what CI promises on the real
# content: `raad build` succeeds and `raad check` finds no broken link.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift test "$@"
./scripts/check-site.sh
