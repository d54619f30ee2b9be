#!/usr/bin/env bash
# Issue 20's goals, before and after, in one run: every figure is measured for both builds side by side
# (before, then after, then the next figure), each with `uptime` beside it, so the ratios are fair on a
# shared machine. A build is a folder holding the launcher `knotwise`, cli/target/knotwise.jar,
# bench/target/benchmarks.jar and examples/ (bench/harness/goals.sh tree makes one from a checkout).
#
# Usage: bench/harness/goals.sh BEFORE_DIR AFTER_DIR [COUNT=200000]
#        bench/harness/goals.sh tree CHECKOUT DIR     copies a built checkout's launcher and jars to DIR
# Env:   RATIO_ARGS="60 20" (InterleavedRatio warm-up seconds and one-second slices), STARTS=10,
#        FIRST=after (each pair runs the after build first: run both orders on a noisy machine)
# To rerun idle: build two checkouts (mvn -q package -DskipTests), make a tree of each, run this with
# the machine to itself (check `uptime` first: load under 1).
set -euo pipefail
if [ "${1:-}" = tree ]; then
  src="$2" dst="$3"; mkdir -p "$dst/cli/target" "$dst/bench/target"
  cp "$src/knotwise" "$dst/"; cp -r "$src/examples" "$dst/"
  cp "$src/cli/target/knotwise.jar" "$dst/cli/target/"; cp "$src/bench/target/benchmarks.jar" "$dst/bench/target/"
  echo "tree: $dst (the launcher finds no sources there, so it never rebuilds)"; exit 0
fi
before="$(cd "$1" && pwd)" after="$(cd "$2" && pwd)" count="${3:-200000}"
order="before after"; [ "${FIRST:-before}" = after ] && order="after before"
starts="${STARTS:-10}"; read -r ratio_warm ratio_slices <<<"${RATIO_ARGS:-60 20}"
work="${KNOTWISE_BENCH_DIR:-/tmp/knotwise-goals}"; mkdir -p "$work"
up() { echo "uptime $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1)"
echo "before:  $before   after: $after   cases: $count   $(date -u '+%F %T UTC')   $(up)"
cases="$work/gen-$count.jsonl" small="$work/gen-20000.jsonl"
[ -s "$cases" ] || java -jar "$before/cli/target/knotwise.jar" generate --count "$count" --seed 7 --output "$cases" 2>/dev/null
[ -s "$small" ] || java -jar "$before/cli/target/knotwise.jar" generate --count 20000 --seed 7 --output "$small" 2>/dev/null
for t in "$before" "$after"; do "$t/knotwise" assess "$t/examples/wrist-referred.json" >/dev/null 2>&1 || true; done  # CDS/AOT caches

# batch LABEL TREE FILE N ARGS...: whole process under GNU time; prints wall, cases/s, peak RSS; sets $wall $rss
batch() {
  local label="$1" tree="$2" file="$3" n="$4"; shift 4
  /usr/bin/time -f "%e %M" -o "$work/t" "$tree/knotwise" batch "$file" --output /dev/null "$@" >/dev/null 2>&1 || true
  read -r wall rss < <(tail -1 "$work/t")
  printf "  %-7s %-34s %8.1f s %9.0f cases/s %6.0f MB peak RSS   (%s)\n" "$label" "$*" "$wall" \
    "$(awk -v n="$n" -v w="$wall" 'BEGIN { print n / w }')" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$(up)"
}
declare -A R
med() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Figure by figure, before then after, so each pair sees the same load.
for which in $order; do eval "tree=\$$which"; batch "$which" "$tree" "$cases" "$count" --explain none --threads 2; R[$which.n2]=$wall; R[$which.rss2]=$rss; done
for which in $order; do eval "tree=\$$which"; batch "$which" "$tree" "$cases" "$count" --explain none --threads 1; R[$which.n1]=$wall; R[$which.rss1]=$rss; done
for which in $order; do eval "tree=\$$which"; batch "$which" "$tree" "$cases" "$count" --explain full --threads 1; R[$which.f1]=$wall; R[$which.rssf]=$rss; done
for which in $order; do eval "tree=\$$which"; batch "$which" "$tree" "$small" 20000 --explain none --threads 2; R[$which.s2]=$wall; done
for which in $order; do
  eval "tree=\$$which"
  out=$(java -cp "$tree/bench/target/benchmarks.jar" org.knotwise.bench.InterleavedRatio "$ratio_warm" "$ratio_slices" 2>/dev/null | tail -1)
  echo "  $which  InterleavedRatio $ratio_warm s warm-up, $ratio_slices slices: $out   ($(up))"
  R[$which.ratio]=$(sed -n 's/.*engine = 1\/\([0-9.]*\).*/\1/p' <<<"$out")
done
# One floor for both: java -version, median of STARTS, measured once.
j=$(for _ in $(seq "$starts"); do /usr/bin/time -f %e -o "$work/t" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -version >/dev/null 2>&1; cat "$work/t"; done | med)
for which in $order; do
  eval "tree=\$$which"
  a=$(for _ in $(seq "$starts"); do /usr/bin/time -f %e -o "$work/t" "$tree/knotwise" assess "$tree/examples/wrist-referred.json" >/dev/null 2>&1; cat "$work/t"; done | med)
  R[$which.start]=$(awk -v a="$a" -v j="$j" 'BEGIN { printf "%.1f", a / j }')
  echo "  $which  one case (assess), median of $starts: $a s; java -version $j s: ${R[$which.start]}x   ($(up))"
done
echo
echo "| goal | before | after | after/before |"
echo "|---|---|---|---|"
rate() { awk -v n="$1" -v w="$2" 'BEGIN { printf "%.0f", n / w }'; }
row() { printf "| %s | %s | %s | %s |\n" "$1" "$2" "$3" "$4"; }
b2=$(rate "$count" "${R[before.n2]}") a2=$(rate "$count" "${R[after.n2]}")
b1=$(rate "$count" "${R[before.n1]}") a1=$(rate "$count" "${R[after.n1]}")
bf=$(rate "$count" "${R[before.f1]}") af=$(rate "$count" "${R[after.f1]}")
x() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row "engine : hand-written (InterleavedRatio; goal 1 : 4)" "1 : ${R[before.ratio]}" "1 : ${R[after.ratio]}" "$(x "${R[before.ratio]}" "${R[after.ratio]}")x"
row "$count cases, none, 2 threads, cases/s (goal 20,000)" "$b2" "$a2" "$(x "$a2" "$b2")x"
row "2 threads / 1 thread, same file (goal 1.7x)" "$(x "$b2" "$b1")x" "$(x "$a2" "$a1")x" ""
row "20,000 cases, none, 2 threads, whole run (goal < 3 s)" "${R[before.s2]} s" "${R[after.s2]} s" "$(x "${R[before.s2]}" "${R[after.s2]}")x (before/after time)"
row "lean rate / full-explanation rate, 1 thread (goal at most 3)" "$(x "$b1" "$bf")" "$(x "$a1" "$af")" ""
row "one case / java -version, median of $starts (goal 5x)" "${R[before.start]}x" "${R[after.start]}x" ""
row "1,000,000 lean cases, 2 threads, extrapolated (aim < 10 s)" "$(awk -v r="$b2" 'BEGIN { printf "%.0f s", 1e6 / r }')" "$(awk -v r="$a2" 'BEGIN { printf "%.0f s", 1e6 / r }')" ""
mx() { printf '%s\n' "$@" | sort -n | tail -1 | awk '{ printf "%.0f MB", $1 / 1024 }'; }
row "peak RSS, any run (goal < 250 MB)" "$(mx "${R[before.rss2]}" "${R[before.rss1]}" "${R[before.rssf]}")" "$(mx "${R[after.rss2]}" "${R[after.rss1]}" "${R[after.rssf]}")" ""
echo "finished $(date -u '+%T UTC'), $(up)"
