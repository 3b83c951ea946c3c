#!/usr/bin/env bash
# Every test of NewsSite: installs what the browser and HTML checks need when it is missing, then runs
# `dotnet test NewsSite.sln` (extra arguments are passed on).
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium (Playwright's own browser downloads are never used);
# the HTML validity test runs the Nu Html Checker (vnu-jar from npm) with Java.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Install ${missing[*]} first (for example: sudo apt-get install -y ${missing[*]})." >&2
        exit 1
    fi
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >/dev/null
fi

# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the system's Java runs the jar.
[ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# Test hosts must not watch files with inotify: hundreds of hosts would exhaust the user's instance limit.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true
dotnet test NewsSite.sln "$@"
