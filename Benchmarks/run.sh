#!/usr/bin/env bash
# Builds synthetic archives with raad (release build) and with Hugo on equivalent templates, and prints
# wall time, CPU time, peak memory, pages written and raad's stage timings for each size.
#
#   Benchmarks/run.sh                 # 1,000, 10,000 and 50,000 saker
#   Benchmarks/run.sh 1000 10000      # chosen sizes
#   RUNS=3 Benchmarks/run.sh 10000    # best of three runs of each build (the machine is shared)
#   SKIP_HUGO=1 Benchmarks/run.sh     # raad only
#   DEFER_DELETE=0 Benchmarks/run.sh  # delete each output right before the next build, as before
#   DROP_CACHES=0 Benchmarks/run.sh   # keep the page cache between builds (it is emptied when root may)
#
# Work folders go under $BENCH_DIR (default /tmp/raad-bench); generated archives are kept there and
# reused while the generator's sources are unchanged. Each build starts from an empty output folder, with its
# input read once just before (not timed), so every build reads it from memory.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/raad-bench}
RUNS=${RUNS:-1}
SKIP_HUGO=${SKIP_HUGO:-0}
DEFER_DELETE=${DEFER_DELETE:-1}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 50000)
mkdir -p "$BENCH_DIR"

# Outputs of earlier builds are moved aside and deleted only when the script ends. On an ext4 without a
# journal (this machine's root), a new inode skips those deleted in the last minute, so a build right after
# deleting 40,000 files spends seconds of system time looking for inodes, in proportion to what was just
# deleted, not to its own work; both tools paid it, raad between 2 and 24 s at 10,000 saker.
TRASH="$BENCH_DIR/trash"
discard() {  # discard PATH...: out of the way now, deleted at exit (or at once with DEFER_DELETE=0)
  local path
  for path in "$@"; do
    [ -e "$path" ] || continue
    if [ "$DEFER_DELETE" = 1 ]; then
      mkdir -p "$TRASH"
      mv "$path" "$TRASH/$(basename "$path").$(date +%s%N)"
    else
      rm -rf "$path"
    fi
  done
}
rm -rf "$TRASH"
trap 'rm -rf "$TRASH"' EXIT

need_debian() {  # need_debian COMMAND PACKAGE: installs a Debian package when its command is missing
  command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || {
    echo "installing $2 ..." >&2
    apt-get install -y --no-install-recommends "$2" >/dev/null
  }
}
need_debian /usr/bin/time time
[ "$SKIP_HUGO" = 1 ] || need_debian hugo hugo

echo "building raad (release) ..." >&2
swift build -c release --product raad >/dev/null
RAAD="$(swift build -c release --show-bin-path)/raad"
GENERATOR_STAMP=$(cat Sources/RaadBench/*.swift | sha1sum | cut -c1-12)

# Seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss".
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'; }

# warm FOLDER: empties the page cache (as root, unless DROP_CACHES=0), then reads every file of FOLDER once,
# so each build starts with the same free memory and reads its input from memory. Writing files costs this
# machine's kernel several times more when the page cache is full of earlier outputs: 11,700 files of 22 KB
# took 0.6 s of system time after a drop and 1.6 s with 16 GB cached; 58,400 files 2.7 s and 5.7 s. And a
# full cache did not keep the input: the load stage at 50,000 saker took 4.9 to 11.9 s for the same build.
DROP_CACHES=${DROP_CACHES:-1}
warm() {
  if [ "$DROP_CACHES" = 1 ] && [ -w /proc/sys/vm/drop_caches ]; then
    sync
    echo 1 >/proc/sys/vm/drop_caches
  fi
  [ -d "$1" ] && find "$1" -type f -print0 | xargs -0 cat >/dev/null
  return 0
}

# measure LABEL LOG -- COMMAND...: runs COMMAND under /usr/bin/time -v (best of $RUNS by wall time) and
# sets WALL, CPU (user + system), SYS (system: file creation and deletion weigh here), PEAK_MB; the
# command's output is in LOG.
measure() {
  local log=$2; shift 3
  local best="" run
  for run in $(seq "$RUNS"); do
    "$CLEAN"
    warm "$WARM"
    /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "failed: $*" >&2; exit 1; }
    local wall cpu sys peak
    wall=$(grep 'Elapsed (wall clock)' "$log.time" | awk '{print $NF}' | seconds)
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$log.time")
    sys=$(awk -F': ' '/System time/ {printf "%.2f", $2}' "$log.time")
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log.time")
    if [ -z "$best" ] || awk "BEGIN {exit !($wall < $best)}"; then
      best=$wall; WALL=$wall; CPU=$cpu; SYS=$sys; PEAK_MB=$peak
    fi
  done
}

# The second config file for Hugo: the archive as content, its vedlegg files as static files (raad
# copies them too), and raad's theme assets.
mounts() {
  cat <<EOF
[[module.mounts]]
  source = "$1"
  target = "content"
[[module.mounts]]
  source = "$1"
  target = "static"
  includeFiles = ["**/vedlegg/*"]
[[module.mounts]]
  source = "$ROOT/themes/helsedir/assets"
  target = "static/assets"
EOF
}

row() { printf '%-8s %-5s %8s %8s %8s %8s %7s %7s  %s\n' "$@"; }

echo "outputs deleted: $([ "$DEFER_DELETE" = 1 ] && echo 'at the end (DEFER_DELETE=1)' || echo 'before each build');" \
  "page cache emptied before each build: $([ "$DROP_CACHES" = 1 ] && [ -w /proc/sys/vm/drop_caches ] && echo yes || echo no)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), raad $(git rev-parse --short HEAD), $(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'no hugo')"
row saker tool wall_s cpu_s sys_s peak_MB pages files "raad stages"

REAL_OUT="$BENCH_DIR/site-real"
WARM=content
CLEAN=clean_real; clean_real() { discard "$REAL_OUT"; }
measure real "$BENCH_DIR/raad-real.log" -- "$RAAD" build --content content --themes themes --output "$REAL_OUT"
row real raad "$WALL" "$CPU" "$SYS" "$PEAK_MB" "$(find "$REAL_OUT" -name '*.html' | wc -l)" "$(find "$REAL_OUT" -type f | wc -l)" \
  "$(grep -m1 'load ' "$BENCH_DIR/raad-real.log" | sed 's/^ *//')"

declare -A RAAD_WALL
for n in "${SIZES[@]}"; do
  content="$BENCH_DIR/content-$n"
  if [ "$(cat "$content.stamp" 2>/dev/null)" != "$GENERATOR_STAMP" ]; then
    rm -rf "$content"
    "$RAAD" generate --saker "$n" --output "$content" >&2
    echo "$GENERATOR_STAMP" >"$content.stamp"
  fi

  WARM=$content
  out="$BENCH_DIR/site-$n"
  CLEAN=clean_raad; clean_raad() { discard "$out"; }
  measure "$n" "$BENCH_DIR/raad-$n.log" -- "$RAAD" build --content "$content" --themes themes --output "$out" --stage-memory
  RAAD_WALL[$n]=$WALL
  raad_wall=$WALL
  row "$n" raad "$WALL" "$CPU" "$SYS" "$PEAK_MB" "$(find "$out" -name '*.html' | wc -l)" "$(find "$out" -type f | wc -l)" \
    "$(grep -m1 'load ' "$BENCH_DIR/raad-$n.log" | sed 's/^ *//')"
  echo "         raad $(grep -m1 'minnebruk' "$BENCH_DIR/raad-$n.log" | sed 's/^ *//')"

  # raad check of the site just built (reads every page with libxml2, resolves every link and anchor), read
  # back into memory first like any build's input, as CI checks the site it has just built.
  CLEAN=true
  WARM=$out
  measure "$n" "$BENCH_DIR/check-$n.log" -- "$RAAD" check --site "$out"
  echo "         raad check --site: ${WALL} s wall, ${CPU} s CPU, ${PEAK_MB} MB"

  WARM=$content
  if [ "$SKIP_HUGO" != 1 ]; then
    hugo_out="$BENCH_DIR/hugo-$n"
    mounts "$content" >"$BENCH_DIR/hugo-mounts-$n.toml"
    CLEAN=clean_hugo; clean_hugo() { discard "$hugo_out" "$BENCH_DIR/hugo-cache"; }
    measure "$n" "$BENCH_DIR/hugo-$n.log" -- hugo --quiet --source Benchmarks/hugo \
      --config "hugo.toml,$BENCH_DIR/hugo-mounts-$n.toml" --cacheDir "$BENCH_DIR/hugo-cache" --destination "$hugo_out"
    row "$n" hugo "$WALL" "$CPU" "$SYS" "$PEAK_MB" "$(find "$hugo_out" -name '*.html' | wc -l)" "$(find "$hugo_out" -type f | wc -l)" ""
    echo "         raad / hugo wall time: $(awk "BEGIN {printf \"%.3f\", $raad_wall / $WALL}")"
  fi
  discard "$out" "${hugo_out:-}"
done

if [ -n "${RAAD_WALL[10000]:-}" ] && [ -n "${RAAD_WALL[50000]:-}" ]; then
  echo "growth: raad 50,000 / 10,000 saker wall time: $(awk "BEGIN {printf \"%.2f\", ${RAAD_WALL[50000]} / ${RAAD_WALL[10000]}}") (linear is 5.0)"
fi

# The editor's loop: save one sak, time until the reload event reaches an open tab (scripts/serve-latency.py;
# includes the watcher's 30 ms debounce). On the 10,000-saker archive when it was built, else the largest.
latency_n=${SIZES[-1]}
for n in "${SIZES[@]}"; do [ "$n" != 10000 ] || latency_n=10000; done
echo "serve: save -> reload event at $latency_n saker:"
python3 scripts/serve-latency.py --raad "$RAAD" --content "$BENCH_DIR/content-$latency_n" --themes themes --edits 5 | sed 's/^/  /'
