#!/usr/bin/env bash
# Measures DexFlow's hot paths on this machine and writes the figures to docs/benchmarks.md: PostgreSQL's own upsert
# ceiling (pgbench), raw grain-state writes through an Orleans client, order transitions and reads through REST,
# intake acknowledgements of small and large uploads, and OCR throughput against the Tesseract command line, with
# PostgreSQL, one silo process, one API process and the load generator as separate processes. The sample documents
# are read from ../shared/samples (DEXFLOW_SHARED overrides ../shared).
# Usage: scripts/bench.sh [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh

seconds=${1:-10}
port=${DEXFLOW_BENCH_PG_PORT:-55434}
data=$(postgres_data_dir bench)/postgres
ensure_packages "${DEXFLOW_PACKAGES[@]}"
start_postgres "$data" "$port" postgres
bin=$(pg_bin_dir)
"$bin/psql" -q -h 127.0.0.1 -p "$port" -U dexflow -d postgres -c "DROP DATABASE IF EXISTS dexflow_bench WITH (FORCE)" -c "CREATE DATABASE dexflow_bench"
connection="Host=127.0.0.1;Port=$port;Username=dexflow;Database=dexflow_bench;Maximum Pool Size=200"

dotnet build DexFlow.sln -c Release -v quiet -nologo >/dev/null
out=bin/Release/net10.0
export ConnectionStrings__DexFlow="$connection"
export DexFlow__Cluster__Mode=AdoNet DexFlow__Cluster__ServiceId=dexflow-bench DexFlow__Cluster__ClusterId=dexflow-bench
export DexFlow__Cluster__AdvertisedAddress=127.0.0.1 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export DexFlow__Auth__SigningKey="benchmark-signing-key-$(head -c 16 /dev/urandom | base64)"
# The load generators sign in once per scenario and do not renew tokens: one token must outlast the longest scenario.
export DexFlow__Auth__TokenLifetime=01:00:00

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
# The silo is the production silo's code with the storage probe grain added, which production silos do not have.
DexFlow__SeedDemoUsers=true ASPNETCORE_URLS=http://127.0.0.1:18081 dotnet "benchmarks/DexFlow.Benchmarks/$out/DexFlow.Benchmarks.dll" silo > /tmp/dexflow-bench-silo.log 2>&1 &
pids+=($!)
wait_ready() {
  for _ in $(seq 1 240); do curl -sf "$1/health/ready" >/dev/null && return 0; sleep 0.25; done
  echo "$1 did not become ready" >&2; return 1
}
wait_ready http://127.0.0.1:18081
ASPNETCORE_URLS=http://127.0.0.1:18080 dotnet "DexFlow.Api/$out/DexFlow.Api.dll" > /tmp/dexflow-bench-api.log 2>&1 &
pids+=($!)
wait_ready http://127.0.0.1:18080

dotnet "benchmarks/DexFlow.Benchmarks/$out/DexFlow.Benchmarks.dll" http://127.0.0.1:18080 "$connection" dexflow-bench dexflow-bench \
  "$bin/pgbench" docs/benchmarks.md "${DEXFLOW_SHARED:-$(cd .. && pwd)/shared}/samples" "$seconds"
