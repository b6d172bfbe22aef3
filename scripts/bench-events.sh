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
start_fresh_dexflow "$port" dexflow_events http://127.0.0.1:18090 /tmp/dexflow-events-silo.log

dotnet benchmarks/DexFlow.Benchmarks/bin/Release/net10.0/DexFlow.Benchmarks.dll events http://127.0.0.1:18090 docs/benchmarks.md "$seconds" 1,100,1000
