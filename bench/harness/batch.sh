#!/usr/bin/env bash
# Whole-process batch benchmark: generates COUNT cases (default 1,000,000; 1% bad lines), then times
# `knotwise batch` with --threads 1 and 2 against two baselines on the same file: `cat` (reading the
# file) and JsonPass (Jackson parse + write of every line, one thread, no engine).
# Prints wall time, cases/s and peak RSS (GNU time; `apt-get install time` if it is missing).
# Usage: bench/harness/batch.sh [COUNT]      Results go to stdout; work files to bench/target/harness.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
count="${1:-1000000}"

ensure_jar
machine
cases="$work/cases-$count.jsonl"
if [ ! -s "$cases" ]; then
  measure "generate $count" "$count" "$root/knotwise" generate --count "$count" --seed 1 --bad-share 0.01 --output "$cases"
fi
echo "input:   $cases ($(du -m "$cases" | cut -f1) MB, $count lines)"
mkdir -p "$work/classes"
javac -nowarn -cp "$jar" -d "$work/classes" "$root/bench/harness/JsonPass.java"

echo
measure "baseline: cat" "$count" cat "$cases"
base_cat=$(cat "$work/.last-wall")
measure "baseline: Jackson parse+write" "$count" java -XX:+UseParallelGC -Xmx200m -cp "$jar:$work/classes" JsonPass "$cases"
base_json=$(cat "$work/.last-wall")
# Output to /dev/null: the figure is the engine and the pipeline, not the disk (the output is ~7.6 KB a case).
for run in "1 full" "2 full" "1 none" "2 none" "2 ids"; do
  read -r threads explain <<<"$run"
  measure "knotwise batch --threads $threads --explain $explain" "$count" \
    "$root/knotwise" batch "$cases" --threads "$threads" --explain "$explain" --output -
  wall=$(cat "$work/.last-wall")
  awk -v w="$wall" -v c="$base_cat" -v j="$base_json" \
    'BEGIN { printf "    %.1fx the Jackson pass, %.0fx cat\n", w / j, w / (c > 0 ? c : 0.01) }'
done
tail -1 "$work/.stderr.$$" 2>/dev/null || true
rm -f "$work"/.stderr.* "$work/.last-wall"
