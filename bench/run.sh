#!/usr/bin/env bash
# NewsSite benchmark: bench/run.sh [ARTICLES=1000] [SECONDS=15]
# Builds Release, generates a store of ARTICLES stories, starts the site on 127.0.0.1 and drives it with wrk
# (-t2 -c32, a 5 s warm-up then SECONDS per page), with the output cache on and then off. Prints one table per mode
# with each page's ratio to a static file of the same bytes served by the same Kestrel, the time from process start
# to the first served page, the working set after the load and the store's size. Needs wrk and curl (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/site-paths.sh
articles=${1:-1000}
duration=${2:-15}
port=${BENCH_PORT:-5090}
work=$(mktemp -d /tmp/newssite-bench-XXXX)
app="$work/app"
db="$work/store.db"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "Building Release into $app ..."
# Published as the Dockerfile publishes it (self-contained, composite ReadyToRun: see the profile). Takes a few minutes.
dotnet publish src/NewsSite.Web -p:PublishProfile=linux-x64 -o "$app" --nologo -v quiet >/dev/null
# The site runs with its deployed log levels, so that what it writes under load is measured too.
settings=(--ConnectionStrings:NewsSite "Data Source=$db" --Seeds:Path "$work/no-seeds")

echo "Generating $articles articles ..."
( cd "$app" && /usr/bin/time -f "generated in %e s" ./NewsSite.Web generate --articles "$articles" --seed 1 "${settings[@]}" --Serilog:MinimumLevel:Default Warning >/dev/null )

pid=
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap 'stop; rm -rf "$work"' EXIT

start() {
  local started=$(date +%s%N)
  ( cd "$app" && exec ./NewsSite.Web --urls "$base" --Caching:Enabled "$1" "${settings[@]}" ) >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$base/"; do sleep 0.02; done
  echo "first page served $(( ($(date +%s%N) - started) / 1000000 )) ms after process start"
}

measure() { # name path-or-@file
  local name=$1 target=$2 url paths_file=
  if [[ $target == @* ]]; then paths_file=${target#@}; url="$base/"; else url="$base$target"; fi
  PATHS_FILE=$paths_file wrk -t2 -c32 -d5s -s bench/report.lua "$url" >/dev/null
  local line
  line=$(PATHS_FILE=$paths_file wrk -t2 -c32 -d"${duration}s" -s bench/report.lua "$url" | grep '^RESULT')
  echo "$name ${line#RESULT }"
}

table() { # prints rows with the ratio to the static file's requests/s
  awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
         if ($1 == "static") s = v["rps"]
         printf "| %-16s | %10.1f | %8.2f | %8.2f | %8.2f | %6d | %12.1f | %5.0f%% |\n", $1, v["rps"], v["p50"], v["p95"], v["p99"], v["non2xx"] + v["errors"], v["bytes"] / 1048576, s ? 100 * v["rps"] / s : 0 }'
}

run_mode() { # on|off
  start "$1"
  # Articles to spread the load over, from the sitemap the site itself serves.
  article_paths "$base" "$work/articles.txt"
  local sample section
  sample=$(head -1 "$work/articles.txt")
  section=$(first_section "$base")
  curl -fs "$base$sample" -o "$app/wwwroot/bench-static.html"

  echo
  echo "Output cache $1, $articles articles, wrk -t2 -c32, ${duration}s per page (latencies in ms)"
  echo "| page             |  requests/s |      p50 |      p95 |      p99 | non-2xx |     MB moved | vs static |"
  echo "|------------------|------------:|---------:|---------:|---------:|--------:|-------------:|----------:|"
  {
    measure static /bench-static.html
    measure article "@$work/articles.txt"
    measure front /
    measure section "$section"
    measure section-deep "$section?page=$(( articles >= 25000 ? 200 : 2 ))"
    measure search "/search?q=election"
    measure feed /feed.rss
  } | table
  echo "working set after the load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
  if grep -Eq '\[(ERR|FTL)' "$work/site.log"; then echo "errors in the log:"; grep -E '\[(ERR|FTL)' "$work/site.log" | head -5; fi
  stop
}

echo "store on disk: $(du -sh "$db" | cut -f1) ($(ls "$work"/store.db* | wc -l) files)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, commit $(git rev-parse --short HEAD)"
run_mode true
run_mode false
