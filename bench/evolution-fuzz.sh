#!/usr/bin/env bash
# The evolution fuzzer's long run: BIAB_EVOLUTION_HISTORIES histories (default here 2000, the normal test run plays
# 200) of 8 steps on SQLite, every fourth batch of five also on PostgreSQL, in a throwaway PostgreSQL cluster.
# Same seed as the normal run, so its first 200 histories are the normal run's. Extra arguments go to dotnet test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export BIAB_EVOLUTION_HISTORIES=${BIAB_EVOLUTION_HISTORIES:-2000}
dotnet build "$root/tests/Runtime.Tests" -v quiet
bash "$root/scripts/test.sh" --no-build --filter "FullyQualifiedName~EvolutionFuzzTests" --logger "console;verbosity=detailed" "$@"
