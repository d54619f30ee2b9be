#!/usr/bin/env bash
# A warm start for batches, measured: JDK 25's AOT cache (classes loaded and linked, method profiles)
# trained on a 3,000-case batch, against the launcher's Java 17 path and JDK 25 without the cache, on
# 20,000 cases (seed 7), --threads 2 --explain none, interleaved ROUNDS times, `uptime` beside each.
# Also checks the three outputs are identical. The launcher trains such a cache for `assess` only.
# Usage: bench/harness/aot-batch.sh [JAR=cli/target/knotwise.jar] [ROUNDS=3]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${1:-$root/cli/target/knotwise.jar}" rounds="${2:-3}"
j25="${KNOTWISE_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
w="$(mktemp -d)"; trap 'rm -rf "$w"' EXIT
o=(-Xss4m -XX:-UsePerfData -XX:+UseSerialGC -Xmx120m -Xmn80m)
q=(--sun-misc-unsafe-memory-access=allow -Xlog:disable -Xlog:all=error:stderr)
java -jar "$jar" generate --count 3000 --seed 3 --output "$w/train.jsonl" 2>/dev/null
java -jar "$jar" generate --count 20000 --seed 7 --output "$w/cases.jsonl" 2>/dev/null
"$j25" "${o[@]}" "${q[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$w/conf" -jar "$jar" batch "$w/train.jsonl" --threads 2 --explain none --output /dev/null >/dev/null 2>&1
"$j25" "${o[@]}" "${q[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$w/conf" -XX:AOTCache="$w/batch.aot" -jar "$jar" batch "$w/train.jsonl" --threads 2 --explain none --output /dev/null >/dev/null 2>&1
for r in $(seq "$rounds"); do
  for v in java17 jdk25 jdk25-aot; do
    case $v in
      java17) cmd=(java "${o[@]}") ;;
      jdk25) cmd=("$j25" "${o[@]}" "${q[@]}") ;;
      jdk25-aot) cmd=("$j25" "${o[@]}" "${q[@]}" -XX:AOTCache="$w/batch.aot") ;;
    esac
    MALLOC_ARENA_MAX=2 /usr/bin/time -f "%e s, %M KB peak" -o "$w/t" "${cmd[@]}" -jar "$jar" batch "$w/cases.jsonl" \
      --threads 2 --explain none --output "$w/$v.out" >/dev/null 2>&1 || true
    echo "round $r  $v  $(cat "$w/t")   (uptime $(cut -d' ' -f1-3 /proc/loadavg))"
  done
done
echo "outputs identical: $( [ "$(sha256sum "$w"/*.out | awk '{ print $1 }' | sort -u | wc -l)" = 1 ] && echo yes || echo NO)"
