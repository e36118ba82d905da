#!/usr/bin/env bash
# Installs Debian packages if they are missing: the ones raad builds against, or those named as arguments.
# Safe to run again.
set -euo pipefail
packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libstemmer-dev libxml2-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ $# -gt 0 ] || command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6.1 or newer (https://swift.org/install)" >&2; exit 1; }
