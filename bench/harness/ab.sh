#!/usr/bin/env bash
# A/B of two builds of the command line on one file, interleaved so both see the same load:
# ROUNDS times, batch with jar A then with jar B (the launcher's batch flags), each rate read from
# the batch's own summary line, and per CPU second (user + system, all threads, from GNU time: less
# sensitive to other processes than the wall clock); prints every pair with `uptime`, then the medians
# and B/A of both.
# Usage: bench/harness/ab.sh JAR_A JAR_B CASES.jsonl [ROUNDS=3] [EXPLAIN=none] [THREADS=1]
set -euo pipefail
a="$1" b="$2" cases="$3" rounds="${4:-3}" explain="${5:-none}" threads="${6:-1}"
opts=(-Xss4m -XX:-UsePerfData -XX:+UseSerialGC -Xmx120m -Xmn80m)
n=$(grep -c . "$cases")
t=$(mktemp)
# prints "wall-rate cpu-rate"
rate() { MALLOC_ARENA_MAX=2 /usr/bin/time -f "%U %S" -o "$t" java "${opts[@]}" -jar "$1" batch "$cases" --threads "$threads" \
    --explain "$explain" --output /dev/null 2>&1 >/dev/null | sed -n 's/.*(\([0-9,]*\) cases\/s).*/\1/p' | tr -d '\n,'
  awk -v n="$n" '{ printf " %.0f\n", n / ($1 + $2) }' "$t"; }
ra=() rb=() ca=() cb=()
for i in $(seq "$rounds"); do
  read -r x cx < <(rate "$a"); read -r y cy < <(rate "$b"); ra+=("$x"); rb+=("$y"); ca+=("$cx"); cb+=("$cy")
  echo "round $i: A $x cases/s ($cx per CPU s), B $y cases/s ($cy per CPU s)   (uptime:$(uptime | sed 's/.*load average//'))"
done
rm -f "$t"
med() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ma=$(med "${ra[@]}") mb=$(med "${rb[@]}") mca=$(med "${ca[@]}") mcb=$(med "${cb[@]}")
awk -v a="$ma" -v b="$mb" -v ca="$mca" -v cb="$mcb" -v e="$explain" -v t="$threads" 'BEGIN {
  printf "median: A %d, B %d cases/s (--explain %s --threads %s): B/A = %.3f; per CPU second A %d, B %d: B/A = %.3f\n", a, b, e, t, b / a, ca, cb, cb / ca }'
