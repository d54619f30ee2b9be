#!/usr/bin/env bash
# Load benchmark of `knotwise serve` on loopback: the issue's benchmark, in one run (bounded: fixed rates,
# fixed durations; not run in CI). Run it on an idle machine:
#   service/harness/load.sh
# 1. baseline GET /healthz at the same rate and for the same time as 2. (what the loopback, the client and
#    Jetty cost without the rules);
# 2. POST /v1/assess at 1,000 requests/s for 60 s (goal: p99 under 5 ms on 2 cores);
# 3. a stepped search: POST /v1/assess at rising rates, 20 s each, up to the first rate whose p99 is
#    20 ms or more (or that had an error or a dropped request); prints the highest rate held (when
#    1,000/s itself does not hold, it steps down instead).
# Prints the commit, java, cores, the server's config and `uptime` before and after, on stdout.
# Knobs (for a quick check, not for figures): KNOTWISE_BENCH_RATE (1000), KNOTWISE_BENCH_SECONDS (60),
# KNOTWISE_BENCH_RATES (the search's steps), KNOTWISE_BENCH_STEP_SECONDS (20), KNOTWISE_BENCH_P99_MS (20),
# KNOTWISE_BENCH_LOWER_RATES (steps down when the main rate does not hold: 3/4, 1/2, 1/4 of it),
# KNOTWISE_BENCH_CONFIG (the server's JSON config), KNOTWISE_BENCH_PORT (18080), KNOTWISE_BENCH_SKIP_BUILD=1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ "${KNOTWISE_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -DskipTests package -pl service -am 1>&2
  mvn -q -B -o test-compile -pl service -am -Dsurefire.skip 1>&2
fi
hdr="$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar"
cp="service/target/test-classes:$hdr"
rate="${KNOTWISE_BENCH_RATE:-1000}"
seconds="${KNOTWISE_BENCH_SECONDS:-60}"
step_seconds="${KNOTWISE_BENCH_STEP_SECONDS:-20}"
p99_limit="${KNOTWISE_BENCH_P99_MS:-20}"
rates="${KNOTWISE_BENCH_RATES:-1500 2000 2500 3000 3500 4000 5000 6000}"
default_config='{"accessLog": false}'
config="${KNOTWISE_BENCH_CONFIG:-$default_config}"
lower_rates="${KNOTWISE_BENCH_LOWER_RATES:-$((rate * 3 / 4)) $((rate / 2)) $((rate / 4))}"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
port="${KNOTWISE_BENCH_PORT:-18080}"
echo "$config" > "$work/config.json"
cp examples/wrist-referred.json "$work/case.json"
java -Xss4m -Xmx512m -jar service/target/knotwise-service.jar serve --port "$port" --insecure-no-auth \
  --config "$work/config.json" --db "jdbc:sqlite:$work/bench.db" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
gen() { java -Xmx512m -cp "$cp" org.knotwise.service.bench.LoadGenerator "$@"; }
p99() { sed -n 's/.*p99=\([0-9.]*\)ms.*/\1/p' <<<"$1"; }
# held: every request answered 200 (none failed or dropped) and p99 under the limit
held() { [[ "$1" =~ errors=0\ dropped=0 ]] && awk -v p="$(p99 "$1")" -v l="$p99_limit" 'BEGIN{exit !(p < l)}'; }
assess="http://127.0.0.1:$port/v1/assess?explain=none"

dirty=""; [ -n "$(git status --porcelain --untracked-files=no)" ] && dirty=" (with uncommitted changes)"
echo "commit: $(git rev-parse --short HEAD)$dirty  java: $(java -version 2>&1 | head -1)  cpus: $(nproc)"
echo "server config: $config (workers and queue at their defaults unless set here); case: examples/wrist-referred.json"
echo "uptime before: $(uptime)"
echo "baseline GET /healthz:          $(gen "http://127.0.0.1:$port/healthz" GET "$rate" "$seconds")"
main="$(gen "$assess" POST "$rate" "$seconds" "$work/case.json")"
echo "POST /v1/assess?explain=none:   $main"
best=""
if held "$main"; then
  best="$rate"
  for r in $rates; do   # up from the main rate, to the first that does not hold
    line="$(gen "$assess" POST "$r" "$step_seconds" "$work/case.json")"
    echo "search up POST /v1/assess:      $line"
    if held "$line"; then best="$r"; else break; fi
  done
else
  for r in $lower_rates; do   # down from the main rate, to the first that holds
    line="$(gen "$assess" POST "$r" "$step_seconds" "$work/case.json")"
    echo "search down POST /v1/assess:    $line"
    if held "$line"; then best="$r"; break; fi
  done
fi
echo "highest rate held (p99 under ${p99_limit} ms, no error, none dropped): ${best:-none} requests/s"
echo "uptime after:  $(uptime)"
