#!/usr/bin/env bash
# Runs raad check, linkchecker and html-proofer on the same fixture site (one planted fault of every kind,
# Tests/Fixtures/check-content) and prints what each finds, so they can be compared. Not part of CI: it needs
# Debian's linkchecker and ruby-html-proofer, and it is slow.
#   ./scripts/compare-checkers.sh            the fixture
#   ./scripts/compare-checkers.sh SITE BASE  an already built site and its base path, e.g. site /  (timings only)
set -euo pipefail
cd "$(dirname "$0")/.."
for p in linkchecker ruby-html-proofer; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >/dev/null
done
swift build -c release --product raad >/dev/null
raad=$(swift build -c release --show-bin-path)/raad
work=$(mktemp -d)
[ -z "${KEEP:-}" ] || echo "keeping $work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

if [ $# -ge 2 ]; then
  site=$(cd "$1" && pwd); base=$2; external=(); base_url=(--base-url "$base")
else
  # The test server for the external cases, and the fixture built with its port.
  python3 Tests/Fixtures/check-server.py 600 > "$work/port" 2>/dev/null & pids+=($!)
  while [ ! -s "$work/port" ]; do sleep 0.1; done
  port=$(cat "$work/port")
  cp -r Tests/Fixtures/check-content "$work/content"
  sed -i "s/PORT/$port/g" "$work/content/strategiradet/2026-06-11/14-26.md"
  "$raad" build --content "$work/content" --themes themes --output "$work/site" >/dev/null
  site=$work/site; base=/radsmodellen/; external=(--external); base_url=()
fi

# linkchecker crawls over HTTP, so the site is served at its base path.
mkdir -p "$work/root$(dirname "${base%/}")"
[ "$base" = / ] && root=$site || { ln -s "$site" "$work/root${base%/}"; root=$work/root; }
python3 -m http.server --bind 127.0.0.1 0 --directory "$root" > "$work/http.log" 2>&1 & pids+=($!)
while ! grep -q "port" "$work/http.log" 2>/dev/null; do sleep 0.1; done
http_port=$(grep -o 'port [0-9]*' "$work/http.log" | head -1 | cut -d' ' -f2)
linkchecker_external=(); [ ${#external[@]} -eq 0 ] || linkchecker_external=(--check-extern)
printf '[checking]\ntimeout=1\nmaxrequestspersecond=1000\n[AnchorCheck]\n' > "$work/linkcheckerrc"

echo "== raad check --site"
/usr/bin/time -f "   (%e s, %M KB)" "$raad" check --site "$site" "${base_url[@]}" "${external[@]}" --timeout 1 --cache "" \
  --format json > "$work/raad.json" || true
python3 -c "import json,sys; [print('  ', p['kind'], p['url'], 'on', p['file']) for p in json.load(open(sys.argv[1]))['problems']]" "$work/raad.json"

echo "== linkchecker $(linkchecker --version 2>/dev/null | head -1 | cut -d' ' -f2)"
/usr/bin/time -f "   (%e s, %M KB)" linkchecker --config "$work/linkcheckerrc" "${linkchecker_external[@]}" --no-status \
  -o csv "http://127.0.0.1:$http_port$base" > "$work/linkchecker.csv" 2>/dev/null || true
python3 - "$work/linkchecker.csv" <<'PY'
import csv, sys
rows = [r for r in csv.reader((l for l in open(sys.argv[1]) if not l.startswith("#")), delimiter=";")]
head = rows[0]
for r in rows[1:]:
    r = dict(zip(head, r))
    if r.get("valid") == "False" or r.get("warningstring"):
        print("  ", r["urlname"], "on", r["parentname"].split("/", 3)[-1], "->", (r["result"] or r["warningstring"])[:80])
PY

echo "== html-proofer $(htmlproofer --version 2>/dev/null | cut -d' ' -f2)"
swap="^${base%/}/:/"
[ "$base" = / ] && swap="^/:/"
if [ ${#external[@]} -gt 0 ]; then proofer_external=(--typhoeus-config '{"timeout":1,"followlocation":true}')
else proofer_external=(--disable-external); fi
/usr/bin/time -f "   (%e s, %M KB)" htmlproofer "$site" --url-swap "$swap" --root-dir "$site" "${proofer_external[@]}" \
  --checks-to-ignore ImageCheck > "$work/htmlproofer.txt" 2>&1 || true
grep -E '^  \*|^- |s, .* KB' "$work/htmlproofer.txt" | sed 's/^/ /' || true
