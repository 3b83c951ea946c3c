#!/usr/bin/env bash
# Compare two builds of the site, uncached: bench/compare.sh BASE_REV [ARTICLES=10000] [RUNS=3]
# Builds Release of BASE_REV and of the working tree (uncommitted changes included), generates one store, then for
# each page starts each build in turn (output cache off), warms it 20 s so the JIT has tiered up, and measures 10 s
# with wrk -t2 -c32, alternating the builds. Prints the site's CPU time per request (user + system, from /proc),
# which drifts less than requests/s with the shared host's speed, and its median; requests/s and p95 beside it.
# Needs wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/site-paths.sh
base_rev=${1:?usage: bench/compare.sh BASE_REV [ARTICLES] [RUNS]}
articles=${2:-10000}
runs=${3:-3}
port=${BENCH_PORT:-5091}
work=$(mktemp -d /tmp/newssite-compare-XXXX)
url="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
git rev-parse --verify --quiet "$base_rev^{commit}" >/dev/null || { echo "no such revision: $base_rev" >&2; exit 2; }

pid=
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
cleanup() { stop; git worktree remove --force "$work/base-src" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Both with the working tree's publish profile, so that only the code differs.
profile="$PWD/src/NewsSite.Web/Properties/PublishProfiles/linux-x64.pubxml"
publish() { # source-dir output-dir
  dotnet publish "$1/src/NewsSite.Web" -p:PublishProfileFullPath="$profile" -o "$2" --nologo -v quiet >/dev/null
}
echo "Building $base_rev and the working tree ..."
git worktree add --quiet --detach "$work/base-src" "$base_rev"
publish "$work/base-src" "$work/base"
publish . "$work/change"

# Logs at Warning for both: a revision from before RequestLogLevels wrote a line per request, which is not its code.
settings=(--ConnectionStrings:NewsSite "Data Source=$work/store.db" --Seeds:Path "$work/no-seeds" --Serilog:MinimumLevel:Default Warning)
echo "Generating $articles articles ..."
( cd "$work/change" && ./NewsSite.Web generate --articles "$articles" --seed 1 "${settings[@]}" >/dev/null )

start() { # app-dir
  ( cd "$1" && exec ./NewsSite.Web --urls "$url" --Caching:Enabled false "${settings[@]}" ) >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$url/"; do sleep 0.05; done
}

start "$work/change"
article_paths "$url" "$work/articles.txt"
section=$(first_section "$url")
stop

# One unmeasured run first: the first process after the builds and the generator measured slower on these machines.
start "$work/base"
PATHS_FILE="$work/articles.txt" wrk -t2 -c32 -d10s -s bench/report.lua "$url/" >/dev/null
stop

ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
measure() { # build target -> "rps cpu-ms-per-request p95"
  local target=$2 path=/ paths=
  if [[ $target == @* ]]; then paths=${target#@}; else path=$target; fi
  start "$work/$1"
  PATHS_FILE=$paths wrk -t2 -c32 -d20s -s bench/report.lua "$url$path" >/dev/null
  local before after line
  before=$(cpu)
  line=$(PATHS_FILE=$paths wrk -t2 -c32 -d10s -s bench/report.lua "$url$path" | grep '^RESULT')
  after=$(cpu)
  stop
  awk -v line="$line" -v used="$((after - before))" -v ticks="$ticks" 'BEGIN {
    n = split(line, kv, /[ =]/); for (i = 2; i < n; i += 2) v[kv[i]] = kv[i + 1]
    printf "%.1f %.3f %.2f\n", v["rps"], used / ticks * 1000 / (v["rps"] * 10), v["p95"] }'
}

echo
echo "Output cache off, $articles articles, $runs alternating runs each, wrk -t2 -c32, 20 s warm-up, 10 s measured"
echo "| page | build | CPU ms/request: median | each run | requests/s, each run | p95 ms, each run |"
echo "|---|---|---:|---|---|---|"
for page in "article @$work/articles.txt" "front /" "section $section" "search /search?q=election"; do
  name=${page%% *}; target=${page#* }
  declare -A rps=() ms=() p95=()
  for ((run = 1; run <= runs; run++)); do
    # ABBA order, so a drift of the host's speed during the runs weighs on both builds alike.
    order="base change"; if (( run % 2 == 0 )); then order="change base"; fi
    for build in $order; do
      read -r r m p < <(measure "$build" "$target")
      rps[$build]+="$r "; ms[$build]+="$m "; p95[$build]+="$p "
    done
  done
  for build in base change; do
    label=$([ "$build" = base ] && echo "$base_rev" || echo "working tree")
    median=$(tr ' ' '\n' <<<"${ms[$build]}" | grep . | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    echo "| $name | $label | $median | ${ms[$build]% } | ${rps[$build]% } | ${p95[$build]% } |"
  done
done
