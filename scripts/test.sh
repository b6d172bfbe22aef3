#!/usr/bin/env bash
# Runs every test: starts a local PostgreSQL of its own for them (tests create and drop their own databases in it),
# then runs the solution's tests. Extra arguments go to 'dotnet test' (e.g. --filter). Without them, the browser tests
# run a second time in the Auto render mode: the first visit on the server, every later page in the browser's
# WebAssembly runtime (docs/ui.md); the first pass runs every page on the server, the default.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
source scripts/lib/packages.sh
source scripts/lib/test-failures.sh

ensure_packages "${DEXFLOW_PACKAGES[@]}" "${DEXFLOW_TEST_PACKAGES[@]}"
ensure_openapi_linter
ensure_axe_core
port=${DEXFLOW_TEST_PG_PORT:-55433}
start_postgres "$(postgres_data_dir test)/postgres" "$port" postgres
export DEXFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=dexflow;Database=postgres"

logs=$(mktemp -d)
run_tests_keeping_failures "$logs/tests.log" \
  dotnet test DexFlow.sln -c Release --logger "console;verbosity=normal" --blame-hang-timeout 10m "$@"
if [ $# -eq 0 ]; then
  DEXFLOW_WEB_RENDER_MODE=Auto run_tests_keeping_failures "$logs/auto-tests.log" \
    dotnet test tests/DexFlow.Web.Tests -c Release --no-build --logger "console;verbosity=normal" \
    --blame-hang-timeout 10m --filter "FullyQualifiedName~DexFlow.Web.Tests.Browser"
fi
