#!/usr/bin/env bash
# Fuzzes one sak file through front matter, Markdown and rendering for N seconds (default 60), starting from
# a corpus made of content/. Any crash, trap or sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
swift build -c debug -Xswiftc -sanitize=fuzzer,address --product FuzzSak 2>&1 | tail -3
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
find ../content -name '*.md' -exec cp --backup=numbered {} "$corpus"/ \;
.build/debug/FuzzSak -max_total_time="$seconds" -max_len=20000 -timeout=10 -rss_limit_mb=2048 "$corpus"
