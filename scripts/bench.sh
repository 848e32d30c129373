#!/usr/bin/env bash
# Runs the benchmarks of a build. Usage: bench.sh BUILD_DIR
set -euo pipefail
BUILD="${1:-build}"
"$BUILD/bin/bhu-bench-store" --benchmark_counters_tabular=true
"$BUILD/bin/bhu-bench-history" --benchmark_counters_tabular=true
[ -x "$BUILD/bin/bhu-bench-timeline" ] && "$BUILD/bin/bhu-bench-timeline" --benchmark_counters_tabular=true
