#!/usr/bin/env bash
# Load benchmark of `knotwise serve` on loopback (bounded: fixed rates, fixed durations; not run in CI).
#   service/harness/load.sh            # baseline GET /healthz, POST /v1/assess at 1000/s for 60 s, then a rate search
# Prints the figures (with uptime before and after, and the commit) on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package -pl service -am 1>&2
mvn -q -B -o test-compile -pl service -am -Dsurefire.skip 1>&2
hdr="$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar"
cp="service/target/test-classes:$hdr"
work="$(mktemp -d)"; trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port="${KNOTWISE_BENCH_PORT:-18080}"
echo '{"accessLog": false, "workers": 16, "queue": 256}' > "$work/config.json"
sed -n '1,200p' examples/wrist-referred.json > "$work/case.json"
java -Xss4m -Xmx512m -jar service/target/knotwise-service.jar serve --port "$port" --insecure-no-auth \
  --config "$work/config.json" --db "jdbc:sqlite:$work/bench.db" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
gen() { java -Xmx512m -cp "$cp" org.knotwise.service.bench.LoadGenerator "$@"; }
echo "commit: $(git rev-parse --short HEAD)  java: $(java -version 2>&1 | head -1)  cpus: $(nproc)"
echo "uptime before: $(uptime)"
echo "baseline GET /healthz:    $(gen "http://127.0.0.1:$port/healthz" GET 1000 ${KNOTWISE_BENCH_SECONDS:-60})"
echo "POST /v1/assess:          $(gen "http://127.0.0.1:$port/v1/assess?explain=none" POST 1000 ${KNOTWISE_BENCH_SECONDS:-60} "$work/case.json")"
for rate in ${KNOTWISE_BENCH_RATES:-1500 2000 2500 3000 4000}; do
  echo "POST /v1/assess (search): $(gen "http://127.0.0.1:$port/v1/assess?explain=none" POST "$rate" ${KNOTWISE_BENCH_STEP_SECONDS:-20} "$work/case.json")"
done
echo "uptime after:  $(uptime)"
