#!/usr/bin/env bash
# What a change costs on the REST hot paths: publishes two commits and runs DexFlow's edit lifecycle and review profile
# (../shared/perf) at 16 clients against each in turn, alternating, each time on a fresh database after a minute of
# load for its JIT to settle. Prints the load generator's lines: the machine's speed drifts by up to 2x within minutes,
# so compare the rows of one round with each other.
# DEXFLOW_SHARED overrides ../shared.
# Usage: scripts/bench-ab.sh <base commit> [other commit, default HEAD] [rounds, default 3] [seconds per measurement, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh
source scripts/lib/dexflow.sh

base=${1:?usage: scripts/bench-ab.sh <base commit> [other commit] [rounds] [seconds]}
other=${2:-HEAD}
rounds=${3:-3}
seconds=${4:-20}
perf=${DEXFLOW_SHARED:-$(cd .. && pwd)/shared}/perf
port=${DEXFLOW_BENCH_PG_PORT:-55434}
url=http://127.0.0.1:18091
ensure_packages "${DEXFLOW_PACKAGES[@]}"
start_postgres "$(postgres_data_dir bench)/postgres" "$port" postgres
bin=$(pg_bin_dir)

work=$(mktemp -d -t dexflow-ab.XXXXXX)
dexflow_pid=
cleanup() {
  [ -n "$dexflow_pid" ] && kill "$dexflow_pid" 2>/dev/null
  for name in a b; do git worktree remove --force "$work/src-$name" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

declare -A commits=([a]=$(git rev-parse --short "$base") [b]=$(git rev-parse --short "$other"))
for name in a b; do
  git worktree add -q --detach "$work/src-$name" "${commits[$name]}"
  dotnet publish "$work/src-$name/DexFlow.Silo" -c Release -o "$work/app-$name" --nologo -v quiet
done

load() { # profile seconds warm-up
  "$perf/loadgen.sh" --base "$url" --profile "$perf/profiles/$1.json" -c 16 -d "$2" -w "$3"
}

for round in $(seq 1 "$rounds"); do
  for name in a b; do
    "$bin/psql" -q -h 127.0.0.1 -p "$port" -U dexflow -d postgres -c "DROP DATABASE IF EXISTS dexflow_ab WITH (FORCE)" -c "CREATE DATABASE dexflow_ab"
    start_published_dexflow "$work/app-$name" "Host=127.0.0.1;Port=$port;Username=dexflow;Database=dexflow_ab;Maximum Pool Size=200" \
      "$url" "$work/silo-$name.log"
    load dexflow-edit 30 0 >/dev/null
    load dexflow-review 30 0 >/dev/null
    echo "== round $round, commit ${commits[$name]}"
    load dexflow-edit "$seconds" 10
    load dexflow-review "$seconds" 10
    kill "$dexflow_pid"
    wait "$dexflow_pid" 2>/dev/null || true
    dexflow_pid=
  done
done
