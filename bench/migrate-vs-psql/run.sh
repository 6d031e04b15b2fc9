#!/usr/bin/env bash
# Per-migration overhead of the runner against plain psql, and the start-up cost of `migrate status`.
#
#   bench/migrate-vs-psql/run.sh [ROUNDS]
#
# Builds a throwaway app (ProjectReferences to the generator and the runtime, like src/SampleApp) holding
# 200 migrations: 100 tables each created with an index, then one column added to each. Each round, interleaved,
# times `migrate up` on a fresh PostgreSQL database against the same DDL run by `psql` as one script with a
# transaction per migration, and prints the ratio of the medians (target <= 1.3). Then times `migrate status` on the
# up-to-date database as a whole process (target <= 0.3 s) against the same app started without a command.
#
# PostgreSQL: BIAB_BENCH_POSTGRES_PORT / BIAB_BENCH_POSTGRES_PASSWORD of a running cluster (user postgres on
# 127.0.0.1), else a throwaway cluster is started with scripts/pg-cluster.sh on port 55505.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-5}
work=$(mktemp -d /tmp/biab-bench.XXXXXX)
artifacts="$work/artifacts"

port=${BIAB_BENCH_POSTGRES_PORT:-}
password=${BIAB_BENCH_POSTGRES_PASSWORD:-bench}
cluster=""
cleanup() {
  [ -n "$cluster" ] && bash "$root/scripts/pg-cluster.sh" destroy "$cluster"
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "$port" ]; then
  port=55505
  # Its own folder, not inside $work: the server runs as postgres and cannot enter a root-only temp folder.
  cluster=$(mktemp -d /tmp/biab-bench-pg.XXXXXX)
  bash "$root/scripts/pg-cluster.sh" start "$cluster" "$port" "$password"
fi
export PGPASSWORD="$password"
psql_admin() { psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
connection() { echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=$1"; }

# --- the app and its 200 migrations -------------------------------------------------------------------------
app="$work/app"
mkdir -p "$app/migrations" "$app/schema"
cat > "$app/BenchApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/Runtime/buildTransitive/BackendInABox.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <RootNamespace>BenchApp</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/Generator/Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$root/src/Runtime/Runtime.csproj" />
  </ItemGroup>
  <Import Project="$root/src/Runtime/buildTransitive/BackendInABox.targets" />
</Project>
XML
cat > "$app/Program.cs" <<'CS'
if (args is ["migrate", ..])
{
    return await BackendInABox.MigrationHost.RunAsync(args);
}

return 0;
CS

sql="$work/psql.sql"
: > "$sql"
id_at() { date -u -d "2025-01-01 00:00:00 UTC + $1 seconds" +%Y%m%d%H%M%S; }
parent=""
for i in $(seq 1 100); do
  t=$(printf 'bench_%03d' "$i")
  id=$(id_at "$i")
  {
    echo "id: $id"
    echo "description: create $t"
    [ -n "$parent" ] && echo "parent: $parent"
    cat <<YAML
up:
  - create_table:
      table: $t
      columns:
        - { name: id, type: integer, primary: true }
        - { name: name, type: string, max_length: 100, required: true }
        - { name: created_at, type: datetime }
  - create_index: { table: $t, name: ix_${t}_name, columns: [name] }
down:
  - drop_index: { table: $t, name: ix_${t}_name }
  - drop_table: { table: $t }
YAML
  } > "$app/migrations/${id}_create_$t.yaml"
  cat >> "$sql" <<SQL
BEGIN;
CREATE TABLE "public"."$t" ("id" integer NOT NULL, "name" varchar(100) NOT NULL, "created_at" timestamp, CONSTRAINT "pk_$t" PRIMARY KEY ("id"));
CREATE INDEX "ix_${t}_name" ON "public"."$t" ("name" ASC);
COMMIT;
SQL
  parent=$id
done
for i in $(seq 1 100); do
  t=$(printf 'bench_%03d' "$i")
  id=$(id_at $((100 + i)))
  cat > "$app/migrations/${id}_add_note_to_$t.yaml" <<YAML
id: $id
description: add note to $t
parent: $parent
up:
  - add_column: { table: $t, column: { name: note, type: string, max_length: 200 } }
down:
  - drop_column: { table: $t, column: note }
YAML
  cat >> "$sql" <<SQL
BEGIN;
ALTER TABLE "public"."$t" ADD COLUMN "note" varchar(200);
COMMIT;
SQL
  parent=$id
done

echo "Building the bench app (200 migrations)..."
dotnet build "$app/BenchApp.csproj" -c Release --artifacts-path "$artifacts" -nologo -v q >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
dll=$(find "$artifacts/bin" -name BenchApp.dll | head -n 1)

# --- timing -------------------------------------------------------------------------------------------------
seconds() { local start end; start=$(date +%s.%N); "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
fresh_db() { psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }

migrate_times=(); psql_times=()
for r in $(seq 1 "$rounds"); do
  fresh_db bench_migrate
  migrate_times+=("$(seconds dotnet "$dll" migrate up --connection "$(connection bench_migrate)")")
  fresh_db bench_psql
  psql_times+=("$(seconds psql -h 127.0.0.1 -p "$port" -U postgres -d bench_psql -v ON_ERROR_STOP=1 -q -f "$sql")")
  echo "round $r: migrate up ${migrate_times[-1]} s, psql ${psql_times[-1]} s"
done
tables=$(psql -h 127.0.0.1 -p "$port" -U postgres -d bench_migrate -qtA -c "SELECT COUNT(*) FROM information_schema.columns WHERE table_name LIKE 'bench_%' AND column_name = 'note'")
[ "$tables" = 100 ] || { echo "migrate up did not apply every migration ($tables of 100 tables have the added column)"; exit 1; }

status_times=(); noop_times=(); one_times=()
for r in $(seq 1 "$rounds"); do
  status_times+=("$(seconds dotnet "$dll" migrate status --connection "$(connection bench_migrate)")")
  noop_times+=("$(seconds dotnet "$dll")")
  dotnet "$dll" migrate down --connection "$(connection bench_migrate)" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  one_times+=("$(seconds dotnet "$dll" migrate up --connection "$(connection bench_migrate)")")
done

m=$(median "${migrate_times[@]}"); p=$(median "${psql_times[@]}")
s=$(median "${status_times[@]}"); n=$(median "${noop_times[@]}"); u=$(median "${one_times[@]}")
echo
printf 'migrate up, 200 migrations: %.3f s   psql, same DDL: %.3f s   ratio %.2f (target <= 1.3)\n' "$m" "$p" "$(echo "$m / $p" | bc -l)"
printf 'migrate status, up to date: %.3f s   app start, no command: %.3f s   ratio %.2f (target: status <= 0.3 s)\n' "$s" "$n" "$(echo "$s / $n" | bc -l)"
# The whole-process ratio includes a fixed cost psql does not have (the .NET runtime, JIT of FluentMigrator and Npgsql,
# the first connections): `migrate up` of a single migration measures it, and the other 199 are the per-migration cost.
printf 'migrate up of one migration: %.3f s   per further migration: migrate up %.2f ms, psql %.2f ms   ratio %.2f\n' \
  "$u" "$(echo "($m - $u) * 1000 / 199" | bc -l)" "$(echo "$p * 1000 / 200" | bc -l)" "$(echo "(($m - $u) / 199) / ($p / 200)" | bc -l)"
