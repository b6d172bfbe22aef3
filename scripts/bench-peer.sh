#!/usr/bin/env bash
# DexFlow against the plain CRUD service a team would build instead (../shared/perf: PeerOrders and its load
# generator), on this machine: at 1, 16 and 64 clients the peer's lifecycle, then DexFlow's edit lifecycle against
# DexFlow as scripts/run.sh runs it (one published process hosting silo and API) on a fresh database; then DexFlow's
# create and review profiles. Writes both, and the ratio, into the "peer" section of docs/benchmarks.md.
# DEXFLOW_SHARED overrides ../shared.
# Each measurement follows 10 s of the same load, unmeasured, on both systems. DexFlow first runs its profiles for a
# minute, unmeasured: its tiered JIT settles only after about a minute of load (docs/performance.md).
# Usage: scripts/bench-peer.sh [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh
source scripts/lib/dexflow.sh

seconds=${1:-10}
warmup=10
perf=${DEXFLOW_SHARED:-$(cd .. && pwd)/shared}/perf
port=${DEXFLOW_BENCH_PG_PORT:-55434}
results=$(mktemp -d -t dexflow-peer.XXXXXX)
ensure_packages "${DEXFLOW_PACKAGES[@]}"

echo "== DexFlow"
data=$(postgres_data_dir bench)/postgres
start_postgres "$data" "$port" postgres
start_fresh_dexflow "$port" dexflow_peer http://127.0.0.1:18090 /tmp/dexflow-peer-silo.log

load() { # profile clients
  "$perf/loadgen.sh" --base http://127.0.0.1:18090 --profile "$perf/profiles/$1.json" -c "$2" -d "$seconds" -w "$warmup" --out "$results/$1-c$2.json"
}
settle() { # profile clients seconds
  "$perf/loadgen.sh" --base http://127.0.0.1:18090 --profile "$perf/profiles/$1.json" -c "$2" -d "$3" -w 0 >/dev/null
}
settle dexflow-edit 16 30
settle dexflow-review 16 30
# The machine's speed drifts by as much as 2x within minutes: each row of DexFlow follows the peer's row at the same
# number of clients, so that a ratio compares figures taken a minute apart, not ten.
for clients in 1 16 64; do
  echo "== the peer at $clients clients (its own scratch PostgreSQL)"
  WARMUP=$warmup DURATION=$seconds CLIENTS=$clients bash "$perf/run-peer.sh" "$results" | grep '^\[peer\]'
  load dexflow-edit "$clients"
done
load dexflow-create 64
load dexflow-review 16

dotnet benchmarks/DexFlow.Benchmarks/bin/Release/net10.0/DexFlow.Benchmarks.dll peer-report "$results" docs/benchmarks.md "$seconds" "$warmup"
echo "Results: $results"
