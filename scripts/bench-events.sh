#!/usr/bin/env bash
# Events from REST transitions to live clients (docs/events.md): DexFlow as scripts/run.sh runs it (one published
# process hosting silo and API) on a fresh database; 16 managers create orders over REST while 1, 100 and 1,000
# administrators follow GET /api/events. Writes the "events" section of docs/benchmarks.md.
# Usage: scripts/bench-events.sh [seconds per row, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh
source scripts/lib/dexflow.sh

seconds=${1:-10}
port=${DEXFLOW_BENCH_PG_PORT:-55434}
ensure_packages "${DEXFLOW_PACKAGES[@]}"
start_postgres "$(postgres_data_dir bench)/postgres" "$port" postgres
bin=$(pg_bin_dir)
"$bin/psql" -q -h 127.0.0.1 -p "$port" -U dexflow -d postgres -c "DROP DATABASE IF EXISTS dexflow_events WITH (FORCE)" -c "CREATE DATABASE dexflow_events"
app=$(mktemp -d -t dexflow-app.XXXXXX)
dotnet publish DexFlow.Silo -c Release -o "$app" --nologo -v quiet
dotnet build benchmarks/DexFlow.Benchmarks -c Release -v quiet -nologo >/dev/null

dexflow_pid=
trap '[ -n "$dexflow_pid" ] && kill "$dexflow_pid" 2>/dev/null; rm -rf "$app"' EXIT
start_published_dexflow "$app" "Host=127.0.0.1;Port=$port;Username=dexflow;Database=dexflow_events;Maximum Pool Size=200" \
  http://127.0.0.1:18090 /tmp/dexflow-events-silo.log

dotnet benchmarks/DexFlow.Benchmarks/bin/Release/net10.0/DexFlow.Benchmarks.dll events http://127.0.0.1:18090 docs/benchmarks.md "$seconds" 1,100,1000
