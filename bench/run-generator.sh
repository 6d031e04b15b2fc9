#!/usr/bin/env bash
# The generator benchmark: a full run over 200 schema files, the same with 200 migration files, and an incremental run
# after a one-file edit, each against a generator that only parses the same files with YamlDotNet, in the same run (Ratio column).
# Takes about three minutes; pass BenchmarkDotNet options after the script's name to change the job. The default is the
# medium job: on a slow machine the short job measures the full run before the JIT has optimised its once-a-run methods.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--job medium)
dotnet run -c Release --project "$root/bench/Generator.Benchmarks" -- --filter '*' "${args[@]}" --artifacts "$root/bench/Generator.Benchmarks/BenchmarkDotNet.Artifacts"
