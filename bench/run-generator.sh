#!/usr/bin/env bash
# The generator benchmark: a full run over 200 schema files, the same with 200 migration files, and an incremental run
# after a one-file edit, each against a generator that only parses the same files with YamlDotNet, in the same run (Ratio column).
# Takes a few minutes; pass BenchmarkDotNet options after the script's name to change the job (default: short).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--job short)
dotnet run -c Release --project "$root/bench/Generator.Benchmarks" -- --filter '*' "${args[@]}" --artifacts "$root/bench/Generator.Benchmarks/BenchmarkDotNet.Artifacts"
