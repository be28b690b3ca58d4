#!/usr/bin/env bash
# The performance comparison of docs/performance.md, in under 10 minutes on 2 cores:
#   1. gkml beside zjsonpatch (JSON diff) and daff (table diff) on the same generated revisions of
#      1k and 10k items (typical, reorder-only, typical then resorted) and 100k items (typical,
#      reorder-only): times, memory, and whether each result is right (PeerComparison);
#   2. every operation beside Jackson's / POI's mere read of its input, at 10k items (JMH, short).
# Not part of `mvn verify`. Needs Java 17, node (for daff), and about 8 GB of free memory.
#
#   benchmarks/run.sh            # build the jar if missing, then run 1 and 2
#   benchmarks/run.sh --quick    # the same without the peers at 100k items (about 5 minutes)
#   benchmarks/run.sh --growth   # only the growth from 10k to 1M items (about 5 minutes, 14 GB)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
QUICK=${1:-}
mkdir -p "$OUT"

if [[ ! -f $JAR ]]; then
  mvn -B -q package -pl benchmarks -am -DskipTests
fi
if [[ ! -d benchmarks/peers/node_modules/daff ]]; then
  (cd benchmarks/peers && npm ci --no-audit --no-fund)
fi

echo "# Machine"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); node $(node --version)"
echo

if [[ $QUICK == --growth ]]; then
  echo "# Growth from 10k to 1M items: diff + revision check (catalogs read, and end to end from"
  echo "# the two JSON files), and Jackson reading both files"
  java -jar "$JAR" 'GrowthBenchmark' -f 1 -p items=10000,1000000 \
    -rf csv -rff "$OUT/growth.csv"
  awk -F, 'NR > 1 {
      gsub(/["\r]/, ""); n = split($1, name, "."); t[name[n], $NF] = $5
    }
    END {
      split("diffAndCheck readAndCheck jacksonJsonBoth", ops, " ")
      for (i = 1; i <= 3; i++) {
        op = ops[i]
        if ((op, 10000) in t && (op, 1000000) in t)
          printf "growth exponent 10k -> 1M, %s: %.3f (%.1f ms -> %.1f ms)\n", op,
            log(t[op, 1000000] / t[op, 10000]) / log(100), t[op, 10000], t[op, 1000000]
      }
    }' "$OUT/growth.csv"
  exit 0
fi

echo "# gkml and its peers (medians of 3 runs after 1 warm-up; daff: 1 run per process)"
PEERS=(java -Xmx6g -cp "$JAR" io.github.gkml.benchmarks.PeerComparison --runs 3 --warmup 1
  --timeout 30 --daff benchmarks/peers/daff-diff.js)
"${PEERS[@]}" --sizes 1000,10000 | tee "$OUT/peers.md"
if [[ $QUICK != --quick ]]; then
  "${PEERS[@]}" --sizes 100000 --mixes typical,reorder | tail -n +3 | tee -a "$OUT/peers.md"
fi
echo

JMH=(java -jar "$JAR" -f 1 -wi 1 -i 3 -w 1s -r 1s -foe true)
echo "# Each operation beside its read limit, 10k items (ms/op)"
"${JMH[@]}" 'WorkloadBenchmark' -p items=10000 -rf csv -rff "$OUT/workload.csv"
"${JMH[@]}" 'HistoryBenchmark|ConformanceBenchmark' -p items=10000 -rf csv -rff "$OUT/history.csv"
"${JMH[@]}" 'ImportBenchmark' -p rows=10000 -rf csv -rff "$OUT/import.csv"
echo "Results in $OUT"
