#!/usr/bin/env bash
# A rehearsal of publishing, as a council's pipeline does it, with the release binary and Debian's nginx:
#
#   1. the pinned release: its SHA-256 checked, unpacked (no Swift is used from here on);
#   2. `raad new site`, with the real content/ in place of the example content;
#   3. the pipeline's checks: `raad build --strict`, `raad check --site`, `raad check --previous` against the
#      manifest the live site serves (skipped on the first publish, when there is none);
#   4. publish: copy site/ into releases/<n>/radsmodellen/ and switch the `current` symlink, which nginx
#      serves on 127.0.0.1 under /radsmodellen/ with docs/publish/nginx.conf;
#   5. over HTTP: the front page, a sak page, 404.html with status 404, the feed as application/atom+xml,
#      the calendar as text/calendar, the search index as JSON, the production headers, and a redirect page
#      from `tidligere_adresser`;
#   6. a second change published the same way, then rolled back by switching the symlink back;
#   7. every kind of page in headless Chromium through nginx: no Content-Security-Policy violation, no failed
#      request, and search works (Tests/Browser/csp_check.py).
#
#   scripts/publish-rehearsal.sh [ARCHIVE]     (default: scripts/release.sh builds one)
#
# Prints each step with its time and, at the end, the time from an empty folder to the published site.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
fail() { echo "publish-rehearsal: $*" >&2; exit 1; }
step() { echo "== $* ($(( $(date +%s%N) / 1000000 - started_ms )) ms)"; }
./scripts/install-deps.sh nginx curl
./scripts/install-deps.sh >/dev/null

work="$(mktemp -d)"
chmod 755 "$work"
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

archive="${1:-}"
if [ -z "$archive" ]; then
  archive="$(./scripts/release.sh "$work/dist" | grep '\.tar\.gz$')"
fi
started_ms=$(( $(date +%s%N) / 1000000 ))

step "1. the pinned release, checked and unpacked"
(cd "$(dirname "$archive")" && sha256sum -c "$(basename "$archive").sha256") || fail "the SHA-256 does not match"
mkdir -p "$work/bin"
tar -xzf "$archive" -C "$work/bin" --strip-components=1
raad="$work/bin/raad"
"$raad" --version

step "2. raad new site, with the real content"
"$raad" new site "$work/repo" >/dev/null
[ ! -e "$work/repo/themes" ] || fail "raad new site wrote a themes/ folder: the theme travels inside raad"
rm -rf "$work/repo/content"
cp -r content "$work/repo/content"

# nginx on a free port of 127.0.0.1, serving releases through the `current` symlink.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/radsmodellen/"
mkdir -p "$work/www/releases" "$work/nginx"
sed -e "s|^    listen 80;|    listen 127.0.0.1:$port;|" -e "s|^    root /srv/raad/current;|    root $work/www/current;|" \
  docs/publish/nginx.conf > "$work/nginx/raad.conf"
grep -q "listen 127.0.0.1:$port;" "$work/nginx/raad.conf" && grep -q "root $work/www/current;" "$work/nginx/raad.conf" \
  || fail "docs/publish/nginx.conf no longer has the listen and root lines the rehearsal replaces"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/raad.conf;
}
CONF
nginx -t -c "$work/nginx/nginx.conf" -q || fail "nginx does not accept docs/publish/nginx.conf"

# What the pipeline does on the main branch: check, then publish.
pipeline() {
  local release="$1"
  (cd "$work/repo" && "$raad" build --strict --base-url "$base") | tail -1
  (cd "$work/repo" && "$raad" check --site site) | tail -1
  if curl -sf -o "$work/live-manifest.json" "${base}.raad-manifest.json"; then
    (cd "$work/repo" && "$raad" check --site site --previous "$work/live-manifest.json") | tail -1
  else
    echo "   the live site has no manifest yet (first publish): --previous skipped"
  fi
  mkdir -p "$work/www/releases/$release"
  cp -r "$work/repo/site" "$work/www/releases/$release/radsmodellen"
  chmod -R a+rX "$work/www"
  ln -sfn "releases/$release" "$work/www/current.new"
  mv -T "$work/www/current.new" "$work/www/current"
}

step "3-4. the pipeline: build --strict, check, publish release 1"
pipeline 1
nginx -c "$work/nginx/nginx.conf" -g "daemon off;" &
nginx_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "$base" && break; sleep 0.1; done
published_ms=$(( $(date +%s%N) / 1000000 - started_ms ))

step "5. the published site over HTTP"
# get URL -> prints "status content-type", keeps the body in $work/body and headers in $work/headers
get() { curl -s -D "$work/headers" -o "$work/body" -w '%{http_code} %{content_type}' "$1"; }
expect() { # expect URL STATUS TYPE-PREFIX [TEXT]
  local answer; answer="$(get "$1")"
  case "$answer" in "$2 $3"*) ;; *) fail "$1: got '$answer', wanted '$2 $3…'" ;; esac
  [ -z "${4:-}" ] || grep -q -- "$4" "$work/body" || fail "$1: the answer does not contain '$4'"
  echo "   $1 -> $answer"
}
header() { grep -i "^$1:" "$work/headers" | cut -d' ' -f2- | tr -d '\r'; }
sak_path="strategiradet/2026-06-11/16-26/"
expect "$base" 200 text/html "Strategirådet"
expect "$base$sak_path" 200 text/html "prismodell 2027"
expect "${base}finnes/ikke/" 404 text/html "Fant ikke siden"
expect "${base}feed.xml" 200 application/atom+xml "<feed"
expect "${base}moter.ics" 200 text/calendar "BEGIN:VCALENDAR"
expect "${base}sok/indeks/manifest.json" 200 application/json
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/body" || fail "the search index manifest is not JSON"
get "$base$sak_path" >/dev/null
csp="$(header Content-Security-Policy)"
case "$csp" in *"default-src 'self'"*) ;; *) fail "no strict Content-Security-Policy: '$csp'" ;; esac
case "$csp" in *unsafe-inline*) fail "the policy allows unsafe-inline" ;; esac
[ "$(header X-Content-Type-Options)" = nosniff ] || fail "no X-Content-Type-Options: nosniff"
[ -n "$(header Referrer-Policy)" ] || fail "no Referrer-Policy"
[ "$(header Cache-Control)" = no-cache ] || fail "a page must be asked for again: Cache-Control '$(header Cache-Control)'"
stylesheet="$(grep -o 'href="/radsmodellen/assets/style\.[0-9a-f]\{16\}\.css"' "$work/body" | cut -d'"' -f2)"
[ -n "$stylesheet" ] || fail "the sak page links no hashed stylesheet"
expect "http://127.0.0.1:$port$stylesheet" 200 text/css
case "$(header Cache-Control)" in *immutable*) ;; *) fail "$stylesheet is not cached for long: '$(header Cache-Control)'" ;; esac
echo "   headers: Content-Security-Policy: $csp"

step "6. a change published as release 2 (a moved sak, a corrected vedtak), then rolled back"
sak="$work/repo/content/strategiradet/2026-06-11/16-26.md"
sed -i -e 's|^sak: 16/26$|sak: 16/26\ntidligere_adresser: [strategiradet/2026-06-12/16-26/]|' \
  -e 's|ba Norsk helsenett SF ta med seg innspill|ba Norsk helsenett SF ta med seg alle innspill|' "$sak"
grep -q "tidligere_adresser" "$sak" || fail "the rehearsal's edit did not apply"
pipeline 2
expect "$base$sak_path" 200 text/html "ta med seg alle innspill"
expect "${base}strategiradet/2026-06-12/16-26/" 200 text/html "$sak_path"
grep -q "http-equiv=\"refresh\"" "$work/body" || fail "the old address is not a redirect page"
ln -sfn "releases/1" "$work/www/current.new" && mv -T "$work/www/current.new" "$work/www/current"
expect "$base$sak_path" 200 text/html "ta med seg innspill"
expect "${base}strategiradet/2026-06-12/16-26/" 404 text/html
echo "   rolled back to release 1"
ln -sfn "releases/2" "$work/www/current.new" && mv -T "$work/www/current.new" "$work/www/current"

step "7. every kind of page in Chromium through nginx, under the policy"
./scripts/install-deps.sh chromium chromium-driver
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check selenium
python3 Tests/Browser/csp_check.py "$base"

step "done"
echo "publish-rehearsal: from an empty folder to the published site in ${published_ms} ms (release checked, raad new site, build --strict, check, publish, nginx answering)"
