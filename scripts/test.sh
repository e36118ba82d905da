#!/usr/bin/env bash
# Runs every test: installs what is missing, then `swift test`, then the browser and validator checks of the
# real site (scripts/a11y-check.sh; RAAD_SKIP_BROWSER=1 leaves them out).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift test "$@"
[ "${RAAD_SKIP_BROWSER:-}" = 1 ] || ./scripts/a11y-check.sh
