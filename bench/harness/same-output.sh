#!/usr/bin/env bash
# Byte-identity check for performance work: writes the batch outputs of 20,000 generated cases
# (generate --count 20000 --seed 7) at --explain none, ids and full, and of every scenario file's cases
# (rules/src/test/resources/scenarios, golden.jsonl, the CLI's contract scenarios) at full, then either
# keeps them as the reference or compares them with it.
# Usage: bench/harness/same-output.sh record|check [DIR]   (DIR: where the reference lives;
#        default bench/target/same-output). Exit 0 when identical, 1 on any difference.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mode="${1:?record or check}"
ref="${2:-$root/bench/target/same-output}/reference"
now="$(dirname "$ref")/now"
out="$ref"; [ "$mode" = check ] && out="$now"
rm -rf "$out"; mkdir -p "$out"
k="$root/knotwise"
"$k" generate --count 20000 --seed 7 --output "$out/gen.jsonl" 2>/dev/null
for e in none ids full; do
  "$k" batch "$out/gen.jsonl" --threads 2 --explain "$e" --output "$out/gen-$e.out" 2>/dev/null || true
done
for f in "$root"/rules/src/test/resources/scenarios/*.jsonl "$root"/rules/src/main/resources/org/knotwise/rules/scenarios/golden.jsonl \
         "$root"/cli/src/test/resources/scenarios/contract-scenarios.jsonl; do
  name="$(basename "$(dirname "$f")")-$(basename "$f" .jsonl)"
  # A scenario line is {"case": ..., "expect": ...}: the case alone goes to the batch.
  python3 -c 'import json,sys
for l in sys.stdin:
    l=l.strip()
    if not l or l.startswith("#"): continue
    try: o=json.loads(l)
    except Exception: print(l); continue
    print(json.dumps(o["case"]) if isinstance(o,dict) and "case" in o else l)' < "$f" > "$out/$name.in"
  for e in none full; do
    "$k" batch "$out/$name.in" --threads 1 --explain "$e" --output "$out/$name-$e.out" 2>/dev/null || true
  done
done
( cd "$out" && sha256sum *.out > SUMS )
if [ "$mode" = check ]; then
  if diff -q "$ref/SUMS" "$now/SUMS" >/dev/null; then
    echo "same-output: identical ($(wc -l < "$now/SUMS") files, $(cat "$now"/*.out | wc -l) lines)"
  else
    echo "same-output: DIFFERENT"; diff "$ref/SUMS" "$now/SUMS" || true; exit 1
  fi
else
  echo "same-output: recorded $(wc -l < "$out/SUMS") files in $out"
fi
