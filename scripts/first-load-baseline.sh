#!/usr/bin/env bash
# The floor under the web application's first load: the SDK's empty Blazor WebAssembly app (one page with one input,
# the same runtime version, published the same way) measured side by side with DexFlow's sign-in page (one or more
# DexFlows, e.g. one per render mode), in turn, each load with a cold cache (scripts/measure-first-load.mjs). Prints
# every run, the medians and each DexFlow's ratio to the empty app, so the share of the first load that is the
# WebAssembly runtime's own shows whatever else the machine is doing.
# Usage: scripts/first-load-baseline.sh <runs> <DexFlow's sign-in address, e.g. http://127.0.0.1:8080/sign-in>...
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:?usage: scripts/first-load-baseline.sh <runs> <DexFlow sign-in address>...}
shift
[ $# -gt 0 ] || { echo "usage: scripts/first-load-baseline.sh <runs> <DexFlow sign-in address>..." >&2; exit 2; }
port=${DEXFLOW_BASELINE_PORT:-8091}
version=$(sed -n 's:.*<AspNetCoreVersion>\(.*\)</AspNetCoreVersion>.*:\1:p' Directory.Packages.props)

work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
dotnet new blazorwasm --empty --no-restore -o "$work/empty" >/dev/null
cat > "$work/empty/Pages/Home.razor" <<'EOF'
@page "/"
@page "/sign-in"
<h1>Sign in</h1>
<label for="user-name">User name</label>
<input id="user-name" @bind="name" />
@code { private string name = ""; }
EOF
sed -i -E '/DevServer/d; s/(WebAssembly" Version=")[0-9.]+"/\1'"$version"'"/' "$work/empty/empty.csproj"
dotnet publish "$work/empty" -c Release -o "$work/published" -p:InvariantGlobalization=true -nologo -v quiet >/dev/null
node scripts/lib/static-server.mjs "$work/published/wwwroot" "$port" &
server=$!
sleep 1

measure() { node --experimental-websocket scripts/measure-first-load.mjs "$1" | sed -E 's/^until the sign-in form: ([0-9]+) ms; ([0-9,]+) KiB.*/\1 \2/'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# One column of times per app: the empty app first, then each DexFlow address in the order given.
apps=("http://127.0.0.1:$port/sign-in" "$@")
declare -A times
for run in $(seq 1 "$runs"); do
  line="run $run:"
  for i in "${!apps[@]}"; do
    read -r ms kib < <(measure "${apps[$i]}")
    times[$i]="${times[$i]:-} $ms"
    line="$line ${apps[$i]} $ms ms ($kib KiB);"
  done
  echo "$line"
done

empty=$(median ${times[0]})
echo "median: empty app $empty ms"
for i in $(seq 1 $(( ${#apps[@]} - 1 ))); do
  m=$(median ${times[$i]})
  echo "median: ${apps[$i]} $m ms, ratio to the empty app $(awk "BEGIN { printf \"%.2f\", $m / $empty }")"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
