#!/usr/bin/env bash
# Whole-process start-up benchmark: one case through the CLI (`knotwise assess`) with and without the
# AppCDS archive, against the JVM alone (`java -version`) and the CLI without the engine (`--version`).
# Uses hyperfine when installed (apt-get install hyperfine) for the times, GNU time for peak RSS.
# Usage: bench/harness/startup.sh [RUNS]     (default 20 runs each, after 3 warm-ups)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs="${1:-20}"
example="$root/examples/wrist-referred.json"

ensure_jar
KNOTWISE_AOT=off "$root/knotwise" assess "$example" >/dev/null   # records the CDS archive if it is missing or stale
machine
echo

names=("java -version (JVM floor)" "knotwise --version (no engine)" "knotwise assess, no CDS" "knotwise assess, AppCDS")
cmds=("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -version"
      "KNOTWISE_CDS=off $root/knotwise --version"
      "KNOTWISE_AOT=off KNOTWISE_CDS=off $root/knotwise assess $example"
      "KNOTWISE_AOT=off $root/knotwise assess $example")
# When the launcher finds a JDK 25, assess runs on it with the AOT cache: measure that too, with its floor.
jdk25="${KNOTWISE_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$jdk25/bin/java" ]; then
  "$root/knotwise" assess "$example" >/dev/null   # trains the AOT cache if it is missing or stale
  names+=("JDK 25 java -version (its floor)" "knotwise assess, JDK 25 AOT cache")
  cmds+=("$jdk25/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version"
         "$root/knotwise assess $example")
fi

if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine --style basic --warmup 3 --runs "$runs" --export-markdown "$work/startup.md" "${args[@]}" 2>&1 | grep -v '^ *$' || true
  echo
  cat "$work/startup.md"
else
  echo "hyperfine not installed: median of $runs runs with GNU time"
  for i in "${!cmds[@]}"; do
    for _ in $(seq "$runs"); do
      /usr/bin/time -f "%e" -o "$work/.t" bash -c "${cmds[$i]}" >/dev/null 2>&1; cat "$work/.t"
    done | sort -n | awk -v name="${names[$i]}" '{ a[NR] = $1 } END { printf "%-34s median %.2f s (min %.2f, max %.2f)\n", name, a[int((NR + 1) / 2)], a[1], a[NR] }'
  done
fi
echo
echo "peak RSS (one run each):"
for i in "${!cmds[@]}"; do
  measure "${names[$i]}" 0 bash -c "${cmds[$i]}"
done
rm -f "$work/.last-wall" "$work"/.stderr.* "$work/.t"
