#!/usr/bin/env bash
# Runs every test: installs what is missing, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
exec swift test "$@"
