# shellcheck shell=bash
# Starts a published DexFlow in the background as scripts/run.sh runs it (one process hosting silo and API), with
# production settings and the demo users, and waits until it is ready. Sourced by bench-peer.sh and profile.sh.

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
