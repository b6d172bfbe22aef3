# shellcheck shell=bash
# Finds (or installs) PostgreSQL and runs a private instance of it in a data folder of DexFlow's own, listening only on
# 127.0.0.1. Sourced by run.sh, test.sh and bench.sh.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

pg_bin_dir() {
  find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1
}

# The folder DexFlow keeps a PostgreSQL instance in. As root the server runs as the 'postgres' user, which may not
# reach the checkout (e.g. under /root), so the data lives under /var/lib/dexflow then.
postgres_data_dir() { # name
  local name=$1 repo
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  if [ "$(id -u)" = 0 ]; then
    echo "/var/lib/dexflow/$(printf '%s' "$repo" | sha1sum | cut -c1-8)/$name"
  else
    echo "$repo/.data/$name"
  fi
}

# Starts the instance (creating it on first use) and makes sure the database exists; idempotent.
start_postgres() { # data_dir port database
  local data=$1 port=$2 database=$3 bin run=()
  bin=$(pg_bin_dir)
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$data"
    run=(runuser -u postgres --)
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    "${run[@]}" "$bin/initdb" -D "$data" -U dexflow --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! "${run[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB" >/dev/null
  fi
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U dexflow -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U dexflow "$database"
  fi
}

stop_postgres() { # data_dir
  local data=$1 run=()
  [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$(pg_bin_dir)/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
}
