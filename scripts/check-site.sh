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
# --strict: a warning (a mention of a sak that does not exist, a heading left empty) fails CI, as an error does.
# The repository's base_url is an example on purpose; giving it as --base-url says so, and keeps it from counting.
"$raad" build --strict --base-url https://example.org/radsmodellen/ --output "$site"
"$raad" check "$@"
"$raad" check --site "$site" "$@"
# The example board (another kind of body: its own sakstyper, four-digit years, a closed sak) is built and
# checked the same way, so what raad promises other councils and boards is held in CI too.
board=Tests/Fixtures/board-site
(cd "$board" && "$raad" build --strict --base-url https://example.org/styret/ --output "$site-board")
(cd "$board" && "$raad" check "$@")
(cd "$board" && "$raad" check --site "$site-board" "$@")
