#!/usr/bin/env bash
# Load benchmark of `knotwise serve` on loopback: issue 10's benchmark, in one run (bounded: fixed rates,
# fixed durations; not run in CI). Run it on an idle machine:
#   bench/harness/load.sh
# The server is started as users start it (`./knotwise serve`, its JVM options included), then:
# 1. baseline GET /healthz at the same rate and for the same time as 2. (what the loopback, the client and
#    Jetty cost without the rules);
# 2. POST /v1/assess at 1,000 requests/s for 60 s (goal: p99 under 5 ms on 2 cores), after a 30 s warm-up
#    not recorded (two connections back to back: the JIT compiles the path before the clock starts);
# 3. a stepped search: POST /v1/assess at rising rates, 20 s each, up to the first rate whose p99 is
#    20 ms or more (or that had an error, or a request over 1 s late); prints the highest rate held (when
#    1,000/s itself does not hold, it steps down instead).
# Prints the commit, java, cores, the server's options, `uptime` before and after, and the server's CPU time
# per request of each timed run (from /proc; it includes the JVM's own threads: JIT, GC), on stdout.
# Knobs (for a quick check, not for figures): KNOTWISE_BENCH_RATE (1000), KNOTWISE_BENCH_SECONDS (60),
# KNOTWISE_BENCH_WARM_UP (30), KNOTWISE_BENCH_CONNECTIONS (32), KNOTWISE_BENCH_RATES (the search's steps),
# KNOTWISE_BENCH_STEP_SECONDS (20), KNOTWISE_BENCH_P99_MS (20), KNOTWISE_BENCH_LOWER_RATES (steps down when
# the main rate does not hold: 3/4, 1/2, 1/4 of it), KNOTWISE_BENCH_CONFIG (the server's JSON config),
# KNOTWISE_BENCH_PORT (18080), KNOTWISE_BENCH_SKIP_BUILD=1; KNOTWISE_SERVICE_JAVA_OPTS as for `serve`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ "${KNOTWISE_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -DskipTests package -pl service,bench -am 1>&2
fi
rate="${KNOTWISE_BENCH_RATE:-1000}"
seconds="${KNOTWISE_BENCH_SECONDS:-60}"
warm_up="${KNOTWISE_BENCH_WARM_UP:-30}"
connections="${KNOTWISE_BENCH_CONNECTIONS:-32}"
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
./knotwise serve --port "$port" --insecure-no-auth --config "$work/config.json" \
  --db "jdbc:sqlite:$work/bench.db" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
# gen URL METHOD RATE SECONDS BODY WARM_UP: one generator run (its warm-up first, as a run of its own), then
# the server's CPU time per request of the timed run
gen() {
  local before after line sent
  java -Xmx256m -cp bench/target/benchmarks.jar org.knotwise.bench.LoadGenerator "$1" "$2" 1 0 "$5" 2 "$6" >/dev/null
  before="$(cpu_ticks)"
  line="$(java -Xmx256m -cp bench/target/benchmarks.jar org.knotwise.bench.LoadGenerator \
    "$1" "$2" "$3" "$4" "$5" "$connections" 0)"
  after="$(cpu_ticks)"
  sent="$(sed -n 's/.* sent=\([0-9]*\).*/\1/p' <<<"$line")"
  awk -v l="$line" -v t="$((after - before))" -v n="$sent" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%s server-cpu=%.0fus/request\n", l, (n > 0 ? t / hz * 1e6 / n : 0) }'
}
p99() { sed -n 's/.*p99=\([0-9.]*\)ms.*/\1/p' <<<"$1"; }
# held: every request answered 200, none over a second late, and p99 under the limit
held() { [[ "$1" =~ errors=0\ late=0 ]] && awk -v p="$(p99 "$1")" -v l="$p99_limit" 'BEGIN{exit !(p < l)}'; }
assess="http://127.0.0.1:$port/v1/assess?explain=none"

dirty=""; [ -n "$(git status --porcelain --untracked-files=no)" ] && dirty=" (with uncommitted changes)"
echo "commit: $(git rev-parse --short HEAD)$dirty  java: $(java -version 2>&1 | head -1)  cpus: $(nproc)"
echo "server: ./knotwise serve, JVM options: $(tr '\0' ' ' < "/proc/$server/cmdline" | sed 's/ -jar .*//')"
echo "server config: $config (workers and queue at their defaults unless set here); case: examples/wrist-referred.json"
echo "generator: $connections connections, warm-up ${warm_up} s (closed loop, not recorded) before each main run"
echo "uptime before: $(uptime)"
echo "baseline GET /healthz:          $(gen "http://127.0.0.1:$port/healthz" GET "$rate" "$seconds" - 5)"
main="$(gen "$assess" POST "$rate" "$seconds" "$work/case.json" "$warm_up")"
echo "POST /v1/assess?explain=none:   $main"
best=""
if held "$main"; then
  best="$rate"
  for r in $rates; do   # up from the main rate, to the first that does not hold
    line="$(gen "$assess" POST "$r" "$step_seconds" "$work/case.json" 2)"
    echo "search up POST /v1/assess:      $line"
    if held "$line"; then best="$r"; else break; fi
  done
else
  for r in $lower_rates; do   # down from the main rate, to the first that holds
    line="$(gen "$assess" POST "$r" "$step_seconds" "$work/case.json" 2)"
    echo "search down POST /v1/assess:    $line"
    if held "$line"; then best="$r"; break; fi
  done
fi
echo "highest rate held (p99 under ${p99_limit} ms, no error, none over 1 s late): ${best:-none} requests/s"
echo "uptime after:  $(uptime)"
