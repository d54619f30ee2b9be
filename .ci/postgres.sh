#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the service's store tests and prints its JDBC URL on stdout:
#   export KNOTWISE_TEST_PG_URL="$(.ci/postgres.sh)"
# Installs Debian's postgresql package when missing (apt-get), creates a cluster on port
# ${KNOTWISE_PG_PORT:-55432} if there is none, starts it, and creates the user and database
# knotwise_test. Works as root (CI): postgres itself refuses root, so its commands run as the
# postgres user. Everything but the URL goes to stderr.
set -euo pipefail
port="${KNOTWISE_PG_PORT:-55432}"
cluster=knotwise
log() { echo "postgres.sh: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql (apt-get)"
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
      || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
  else
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
  fi
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
  log "creating cluster $version/$cluster on port $port"
  pg_createcluster "$version" "$cluster" -p "$port" >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -qx online; then
  log "starting cluster $version/$cluster"
  pg_ctlcluster "$version" "$cluster" start >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')"

psql_pg() { as_postgres psql -v ON_ERROR_STOP=1 -q -p "$port" "$@"; }
if [ "$(psql_pg -tAc "SELECT 1 FROM pg_roles WHERE rolname='knotwise_test'")" != 1 ]; then
  psql_pg -c "CREATE ROLE knotwise_test LOGIN PASSWORD 'knotwise_test'" >&2
fi
if [ "$(psql_pg -tAc "SELECT 1 FROM pg_database WHERE datname='knotwise_test'")" != 1 ]; then
  psql_pg -c "CREATE DATABASE knotwise_test OWNER knotwise_test" >&2
fi
echo "jdbc:postgresql://127.0.0.1:$port/knotwise_test?user=knotwise_test&password=knotwise_test"
