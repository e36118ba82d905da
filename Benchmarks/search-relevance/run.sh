#!/usr/bin/env bash
# The search relevance benchmark (issue 21): raad's search page and Pagefind over the same built site, in
# headless Chromium. Installs what it needs when missing: Debian's chromium, chromium-driver and
# python3-venv, and the pinned PyPI packages of requirements.txt (Selenium, pagefind[extended]) in a venv
# under .venv-relevance/. Arguments go to run.py:
#
#   Benchmarks/search-relevance/run.sh                       # .build/release/raad, else .build/debug/raad
#   Benchmarks/search-relevance/run.sh --raad PATH --json results.json
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.venv-relevance
requirements=Benchmarks/search-relevance/requirements.txt

./scripts/install-deps.sh chromium chromium-driver python3 python3-venv
# Debian's Python, not whatever else is on PATH, so the venv is the same on every machine.
if ! cmp -s "$requirements" "$venv/requirements.txt"; then
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi
exec "$venv/bin/python" Benchmarks/search-relevance/run.py "$@"
