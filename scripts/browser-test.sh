#!/usr/bin/env bash
# The search page in headless Chromium: installs chromium, chromium-driver and Selenium when missing, builds
# the real content and the search fixture with the debug raad, serves them from 127.0.0.1 and runs
# Tests/Browser/search_test.py. Run by scripts/test.sh after `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check selenium

swift build --product raad
sites="$(mktemp -d)"
trap 'rm -rf "$sites"' EXIT
.build/debug/raad build --output "$sites/radsmodellen" --base-url /radsmodellen/ >/dev/null
.build/debug/raad build --content Tests/Fixtures/search-site/content --output "$sites/proeve" --base-url /proeve/ >/dev/null
python3 Tests/Browser/search_test.py "$sites"
