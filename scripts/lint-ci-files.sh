#!/usr/bin/env bash
# Lints the CI files `raad new site` writes, as GitHub and GitLab would read them: actionlint on
# .github/workflows/raad.yml, with shellcheck on every `run:` block, and GitLab's own schema of .gitlab-ci.yml
# (check-jsonschema's vendor.gitlab-ci). Without an argument it makes a new site with the debug raad; given a
# site folder, it lints that one's files (a hand-edited copy, say). The GitLab jobs' shell goes through that
# same shellcheck (scripts/gitlab_ci_shell.py). Exits non-zero on any finding.
# Installs what it needs when missing: Debian's shellcheck and python3-venv, and the pinned PyPI packages of
# scripts/lint-ci-requirements.txt in a venv under .venv-lint/.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-lint
requirements=scripts/lint-ci-requirements.txt

./scripts/install-deps.sh shellcheck python3 python3-venv
# Debian's Python, not whatever else is on PATH, so the venv is the same on every machine.
if ! cmp -s "$requirements" "$venv/requirements.txt"; then
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
  site=$1
else
  swift build --product raad >/dev/null
  site="$work/site"
  "$(swift build --show-bin-path)/raad" new site "$site" >/dev/null 2>"$work/new.log" || { cat "$work/new.log" >&2; exit 1; }
fi

# actionlint leaves the run: blocks unchecked when it finds no shellcheck; name it, so a missing one fails.
status=0
"$venv/bin/actionlint" -shellcheck "$(command -v shellcheck)" -pyflakes "" "$site/.github/workflows/raad.yml" || status=1
"$venv/bin/check-jsonschema" --builtin-schema vendor.gitlab-ci "$site/.gitlab-ci.yml" || status=1
# GitLab's schema does not read the shell in script: blocks; shellcheck does, as actionlint has it do on GitHub.
mkdir "$work/gitlab-jobs"
"$venv/bin/python" scripts/gitlab_ci_shell.py "$site/.gitlab-ci.yml" "$work/gitlab-jobs"
shellcheck "$work"/gitlab-jobs/*.sh || status=1
if [ $status -eq 0 ]; then echo "lint-ci-files: $site: the GitHub workflow and the GitLab CI file are clean"; fi
exit $status
