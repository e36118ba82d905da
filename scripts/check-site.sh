#!/usr/bin/env bash
# Builds the real content and checks every link of it, as CI does: first in memory, so a broken link is
# reported at its Markdown file and line, then the site as written, so what is published is checked too.
# Extra arguments go to both `raad check` runs, e.g. --format github.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product raad
raad=$(swift build --show-bin-path)/raad
site=$(mktemp -d)/site
trap 'rm -rf "$(dirname "$site")"' EXIT
"$raad" build --output "$site"
"$raad" check "$@"
"$raad" check --site "$site" "$@"
