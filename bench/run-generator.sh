#!/usr/bin/env bash
# The generator benchmark: a full run over 200 schema files, the same with 200 migration files, and an incremental run
# after a one-file edit, each against a generator that only parses the same files with YamlDotNet, in the same run (Ratio column).
# With no options it runs BenchmarkDotNet's medium job twice, about three minutes each: with BenchmarkDotNet's own
# garbage collector (concurrent workstation), which earlier figures used, and with the server collector the compiler
# runs generators under (csc and VBCSCompiler set System.GC.Server in their runtimeconfig.json). The medium job,
# because on a slow machine the short job measures the full run before the JIT has optimised its once-a-run methods.
# Options after the script's name replace both runs with one BenchmarkDotNet run of those options (--job short for a quick look).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
run() {
  dotnet run -c Release --project "$root/bench/Generator.Benchmarks" -- --filter '*' "$@" --artifacts "$root/bench/Generator.Benchmarks/BenchmarkDotNet.Artifacts"
}

if [ $# -gt 0 ]; then
  run "$@"
else
  echo "== BenchmarkDotNet's default collector (concurrent workstation GC) =="
  run --job medium
  echo "== the compiler's collector (server GC, as csc and VBCSCompiler run generators) =="
  run --job medium --envVars DOTNET_gcServer:1
fi
