#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond Python packages: a PostgreSQL server with the
# test role and database (postgresql://nutgraf:nutgraf@127.0.0.1:5432/nutgraf_test, the DSN the tests
# try by default) and Debian's Chromium for the browser test. Idempotent, and quick once installed.
#
# It needs root (CI runs it as root on a fresh Debian machine). Without root, or without apt, it says
# what it could not do and carries on: the tests that need a missing service skip with a reason.
set -euo pipefail

PG_ROLE=nutgraf
PG_PASSWORD=nutgraf
PG_DATABASE=nutgraf_test

say() { echo "test services: $*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
}

if ! as_root true 2>/dev/null; then
    say "not root (and no sudo): cannot install or start services; the tests that need them will skip"
    exit 0
fi

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
        say "could not install ${missing[*]} (needs root and apt); the tests that need them will skip"
    fi
fi

if ! command -v pg_lsclusters >/dev/null; then
    say "PostgreSQL is not installed; the PostgreSQL tests will skip"
    exit 0
fi

# The first cluster Debian made (pg_createcluster runs on install); make one if there is none.
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -1) || true
if [ -z "${version:-}" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    cluster=main
    as_root pg_createcluster "$version" "$cluster" >/dev/null
    read -r version cluster port status _ < <(pg_lsclusters --no-header | head -1)
fi
if [ "$status" != "online" ]; then
    say "starting PostgreSQL $version/$cluster on port $port"
    as_root pg_ctlcluster "$version" "$cluster" start
fi
if [ "$port" != 5432 ]; then
    say "PostgreSQL listens on port $port; set NUTGRAF_TEST_POSTGRES to a DSN with that port"
fi

psql_admin() { as_root runuser -u postgres -- psql -p "$port" -qtAX "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != 1 ]; then
    psql_admin -c "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE"
fi
say "PostgreSQL ready at postgresql://$PG_ROLE:***@127.0.0.1:$port/$PG_DATABASE"
