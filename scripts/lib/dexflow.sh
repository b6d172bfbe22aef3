# shellcheck shell=bash
# Starts a published DexFlow in the background as scripts/run.sh runs it (one process hosting silo and API), with
# production settings and the demo users, and waits until it is ready; start_fresh_dexflow does so on a new database
# after publishing. Sourced by bench-peer.sh, bench-events.sh, bench-ab.sh and profile.sh.

start_published_dexflow() { # app_dir connection_string url log; sets dexflow_pid
  local app=$1 connection=$2 url=$3 log=$4
  (
    cd "$app"
    ConnectionStrings__DexFlow="$connection" ASPNETCORE_ENVIRONMENT=Production DexFlow__Api__Enabled=true DexFlow__SeedDemoUsers=true \
      DexFlow__Auth__SigningKey="measurement-signing-key-$(head -c 16 /dev/urandom | base64)" \
      exec dotnet DexFlow.Silo.dll --urls "$url"
  ) > "$log" 2>&1 &
  dexflow_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "$url/health/ready" >/dev/null && return 0
    sleep 0.25
  done
  echo "DexFlow did not become ready; see $log" >&2
  return 1
}

start_fresh_dexflow() { # port database url log; sets app and dexflow_pid, and removes both on exit
  local port=$1 database=$2 url=$3 log=$4
  "$(pg_bin_dir)/psql" -q -h 127.0.0.1 -p "$port" -U dexflow -d postgres \
    -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
  app=$(mktemp -d -t dexflow-app.XXXXXX)
  dotnet publish DexFlow.Silo -c Release -o "$app" --nologo -v quiet
  dotnet build benchmarks/DexFlow.Benchmarks -c Release -v quiet -nologo >/dev/null
  dexflow_pid=
  trap '[ -n "$dexflow_pid" ] && kill "$dexflow_pid" 2>/dev/null; rm -rf "$app"' EXIT
  start_published_dexflow "$app" "Host=127.0.0.1;Port=$port;Username=dexflow;Database=$database;Maximum Pool Size=200" "$url" "$log"
}
