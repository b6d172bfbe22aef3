#!/usr/bin/env bash
# Reports, the archive search, full-text search and the audit trail at scale: generates a database of a million orders
# (two years, every stage, their audit entries and stays, invoices, payments, bookings; a million parcels with three
# documents each; 200 customers) and measures every query alone and from 16 clients at once. Writes the figures, the
# generation time and the indexes each query used into the "read-models" section of docs/benchmarks.md.
# Usage: scripts/bench-reports.sh [orders, default 1000000] [seconds at once, default 30] [keep: reuse a generated database]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh

orders=${1:-1000000}
seconds=${2:-30}
keep=${3:-}
port=${DEXFLOW_BENCH_PG_PORT:-55434}
ensure_packages "${DEXFLOW_PACKAGES[@]}"
data=$(postgres_data_dir bench)/postgres
start_postgres "$data" "$port" postgres
bin=$(pg_bin_dir)
if [ "$keep" != keep ]; then
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U dexflow -d postgres -c "DROP DATABASE IF EXISTS dexflow_reports WITH (FORCE)" -c "CREATE DATABASE dexflow_reports"
fi

dotnet build benchmarks/DexFlow.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet benchmarks/DexFlow.Benchmarks/bin/Release/net10.0/DexFlow.Benchmarks.dll read-models \
  "Host=127.0.0.1;Port=$port;Username=dexflow;Database=dexflow_reports;Maximum Pool Size=50;Command Timeout=0" \
  docs/benchmarks.md "$orders" "$seconds"
