#!/usr/bin/env bash
# Where the time goes under load: runs DexFlow as scripts/run.sh does (one published process, silo and API) on a
# fresh database of a PostgreSQL that keeps statement statistics, drives it with the load generator of ../shared/perf,
# and prints, for each profile, the load generator's figures, the CPU taken by DexFlow and by PostgreSQL over the
# measured window, and the statements that took the most time. docs/performance.md says what these showed.
# Usage: scripts/profile.sh [profile:clients ...] (default: dexflow-create:64 dexflow-edit:16 dexflow-edit:64 dexflow-review:16)
#   DEXFLOW_APP=<folder> profiles an already published DexFlow instead of publishing this checkout;
#   DEXFLOW_PROFILE_SECONDS (10) and DEXFLOW_PROFILE_WARMUP (40) set the measured and the unmeasured seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh
source scripts/lib/dexflow.sh

perf=${DEXFLOW_SHARED:-$(cd .. && pwd)/shared}/perf
port=${DEXFLOW_PROFILE_PG_PORT:-55436}
seconds=${DEXFLOW_PROFILE_SECONDS:-10}
warmup=${DEXFLOW_PROFILE_WARMUP:-40}
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(dexflow-create:64 dexflow-edit:16 dexflow-edit:64 dexflow-review:16)
ensure_packages "${DEXFLOW_PACKAGES[@]}"

# Its own instance: statement statistics need a library preloaded at server start.
data=$(postgres_data_dir profile)/postgres
bin=$(pg_bin_dir)
run=()
[ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
[ -f "$data/PG_VERSION" ] || "${run[@]}" "$bin/initdb" -D "$data" -U dexflow --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1 || "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements" >/dev/null
sql() { "$bin/psql" -h 127.0.0.1 -p "$port" -U dexflow -X "$@"; }

app=${DEXFLOW_APP:-}
if [ -z "$app" ]; then
  app=$(mktemp -d -t dexflow-profile.XXXXXX)
  dotnet publish DexFlow.Silo -c Release -o "$app" --nologo -v quiet
fi

dexflow_pid=
trap '[ -n "$dexflow_pid" ] && kill "$dexflow_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
postgres_ticks() { cat /proc/[0-9]*/stat 2>/dev/null | awk '$2 == "(postgres)" { sum += $14 + $15 } END { print sum + 0 }'; }

for spec in "${specs[@]}"; do
  profile=${spec%%:*} clients=${spec##*:}
  sql -d postgres -q -c "DROP DATABASE IF EXISTS dexflow_profile WITH (FORCE)" -c "CREATE DATABASE dexflow_profile"
  sql -d dexflow_profile -q -c "CREATE EXTENSION pg_stat_statements"
  start_published_dexflow "$app" "Host=127.0.0.1;Port=$port;Username=dexflow;Database=dexflow_profile;Maximum Pool Size=200" \
    http://127.0.0.1:18095 /tmp/dexflow-profile-silo.log

  # A warm-up long enough for the tiered JIT to settle (10 s left creates a third slower), then the statistics start from zero.
  "$perf/loadgen.sh" --base http://127.0.0.1:18095 --profile "$perf/profiles/$profile.json" -c "$clients" -d "$warmup" -w 0 >/dev/null
  sql -d dexflow_profile -qAt -c "SELECT pg_stat_statements_reset()" >/dev/null
  "$perf/loadgen.sh" --base http://127.0.0.1:18095 --profile "$perf/profiles/$profile.json" -c "$clients" -d "$seconds" -w 3 &
  load=$!
  sleep 4
  silo0=$(ticks "$dexflow_pid") pg0=$(postgres_ticks) start=$(date +%s%N)
  sleep $((seconds - 2))
  silo1=$(ticks "$dexflow_pid") pg1=$(postgres_ticks) stop=$(date +%s%N)
  wait "$load"
  hz=$(getconf CLK_TCK)
  awk -v s=$((silo1 - silo0)) -v p=$((pg1 - pg0)) -v hz="$hz" -v ns=$((stop - start)) \
    'BEGIN { t = ns / 1e9; printf "CPU over %.1f s: DexFlow %.2f cores, PostgreSQL %.2f cores\n", t, s / hz / t, p / hz / t }'
  sql -d dexflow_profile -c "SELECT calls, round(total_exec_time::numeric) AS total_ms, round(mean_exec_time::numeric, 2) AS mean_ms,
      wal_records, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement
    FROM pg_stat_statements WHERE calls >= 20 ORDER BY total_exec_time DESC LIMIT 12"
  kill "$dexflow_pid"; wait "$dexflow_pid" 2>/dev/null || true; dexflow_pid=
done
