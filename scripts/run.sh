#!/usr/bin/env bash
# Runs DexFlow on this machine: one process hosting a silo and the REST API, on a local PostgreSQL of its own unless
# ConnectionStrings__DexFlow names another. Data survives restarts. Ctrl-C stops DexFlow (PostgreSQL keeps running;
# scripts/run.sh stop-db stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh

data=$(postgres_data_dir run)
port=${DEXFLOW_PG_PORT:-55432}
if [ "${1:-}" = "stop-db" ]; then
  stop_postgres "$data/postgres"
  exit 0
fi

ensure_packages "${DEXFLOW_PACKAGES[@]}"
if [ -z "${ConnectionStrings__DexFlow:-}" ]; then
  start_postgres "$data/postgres" "$port" dexflow
  export ConnectionStrings__DexFlow="Host=127.0.0.1;Port=$port;Username=dexflow;Database=dexflow"
  echo "PostgreSQL: $ConnectionStrings__DexFlow (data in $data/postgres)"
fi

# DexFlow signs its tokens with this key; keeping it in the data folder keeps tokens valid across restarts.
if [ -z "${DexFlow__Auth__SigningKey:-}" ]; then
  mkdir -p "$data"
  [ -s "$data/signing-key" ] || (umask 077 && head -c 48 /dev/urandom | base64 -w0 > "$data/signing-key")
  DexFlow__Auth__SigningKey=$(cat "$data/signing-key")
  export DexFlow__Auth__SigningKey
fi

# Watched folders must lie inside an allowed root; locally that is a capture folder beside the data. Mail servers are
# allowed only by name (DexFlow__Capture__AllowedMailHosts__0=mail.example.com:993).
if [ -z "${DexFlow__Capture__AllowedRoots__0:-}" ]; then
  mkdir -p "$data/capture"
  export DexFlow__Capture__AllowedRoots__0="$data/capture"
fi
echo "Capture: watched folders inside $DexFlow__Capture__AllowedRoots__0; mail servers: ${DexFlow__Capture__AllowedMailHosts__0:-none allowed (set DexFlow__Capture__AllowedMailHosts__0)}"

# Published, not run from the build output: the web application is then trimmed and its files truly compressed
# (Brotli), which is what makes its first load fast (docs/ui.md). A publish after a change takes about a minute.
echo "Building DexFlow (dotnet publish into $data/app)..."
dotnet publish DexFlow.Silo -c Release -o "$data/app" --nologo -v quiet
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DexFlow__Api__Enabled=true
cd "$data/app"
exec dotnet DexFlow.Silo.dll --urls "${DEXFLOW_URLS:-http://localhost:8080}"
