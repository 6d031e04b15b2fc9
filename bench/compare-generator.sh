#!/usr/bin/env bash
# The generator at <base-commit> and the generator of the working tree, side by side in one process with the YamlDotNet
# baseline, interleaved: on a shared, noisy machine only measurements taken in turn compare (see README "Performance").
# Usage: bash bench/compare-generator.sh <base-commit> [rounds (9)] [runs per round (10)]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:?usage: bash bench/compare-generator.sh <base-commit> [rounds] [runs per round]}
rounds=${2:-9}
runs=${3:-10}
commit=$(git -C "$root" rev-parse --short "$base^{commit}")
work=$(mktemp -d /tmp/biab-compare.XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach --quiet "$work/base" "$commit"
dotnet build -c Release --nologo -v quiet "$work/base/src/Generator/Generator.csproj" >"$work/base-build.log" || { cat "$work/base-build.log"; exit 1; }
dotnet build -c Release --nologo -v quiet "$root/bench/Generator.Benchmarks" >"$work/build.log" || { cat "$work/build.log"; exit 1; }

head=$(git -C "$root" rev-parse --short HEAD)
after="working tree ($head)"
[ -z "$(git -C "$root" status --porcelain -- src)" ] || after="working tree ($head + changes)"
dotnet run -c Release --no-build --project "$root/bench/Generator.Benchmarks" -- compare \
  "$work/base/src/Generator/bin/Release/netstandard2.0" "$commit" \
  "$root/src/Generator/bin/Release/netstandard2.0" "$after" "$rounds" "$runs"
