#!/usr/bin/env bash
# Runs every test of the repository: installs PostgreSQL and the Native AOT toolchain (clang, for the
# native publish test) when missing, starts a throwaway PostgreSQL cluster on its own port, runs `dotnet test` with its connection string
# in BIAB_TEST_POSTGRES, and stops the cluster.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/install-postgres.sh
bash scripts/install-aot-toolchain.sh

port=${BIAB_TEST_PG_PORT:-55432}
password="biab-test-$RANDOM$RANDOM"
cluster=$(mktemp -d /tmp/biab-test-pg.XXXXXX)
trap 'bash "$root/scripts/pg-cluster.sh" destroy "$cluster"' EXIT

bash scripts/pg-cluster.sh start "$cluster" "$port" "$password"
echo "PostgreSQL test cluster on 127.0.0.1:$port ($cluster)"

export BIAB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
# Tests that must fail rather than skip when PostgreSQL is unreachable key off this.
export BIAB_REQUIRE_POSTGRES=1

dotnet test "$root/BackendInABox.sln" "$@"
