#!/usr/bin/env bash
# The slow safety checks CI runs after the tests: the test suite under ThreadSanitizer, and 60 seconds of
# libFuzzer on one sak file (FuzzTesting/run.sh). Any report fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
echo "== swift test under ThreadSanitizer"
swift test --sanitize=thread --scratch-path .build-tsan
echo "== fuzzing a sak file for ${FUZZ_SECONDS:-60} s"
./FuzzTesting/run.sh "${FUZZ_SECONDS:-60}"
