# Shared helpers for the whole-process harness scripts (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/knotwise.jar"
work="${KNOTWISE_BENCH_DIR:-$root/bench/target/harness}"
mkdir -p "$work"

# GNU time gives the peak resident memory (bash's `time` keyword does not).
if [ ! -x /usr/bin/time ]; then
  echo "harness: /usr/bin/time is missing; install it with: sudo apt-get install time" >&2
  exit 3
fi

# Builds the jar if needed (the launcher does it on first use), quietly.
ensure_jar() {
  "$root/knotwise" --version >/dev/null
}

# measure LABEL CASES CMD...: runs CMD once under /usr/bin/time; prints one table row:
# label, wall seconds, cases per second (when CASES > 0), peak RSS in MB. Output of CMD is discarded.
measure() {
  local label="$1" cases="$2"; shift 2
  local stats="$work/.time.$$"
  /usr/bin/time -f "%e %M %U %S" -o "$stats" "$@" >/dev/null 2>"$work/.stderr.$$" || true
  read -r wall rss user sys < <(tail -1 "$stats")  # GNU time adds a line before when the exit code is not 0
  rm -f "$stats"
  local rate="-"
  if [ "$cases" -gt 0 ]; then rate=$(awk -v n="$cases" -v s="$wall" 'BEGIN { printf "%.0f", n / s }'); fi
  printf "%-34s %9s s %12s cases/s %8.0f MB peak RSS  (cpu %s s)\n" "$label" "$wall" "$rate" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
  echo "$wall" > "$work/.last-wall"
}

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "java:    $(java -version 2>&1 | head -1)"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; figures are only comparable on an idle machine)"
  echo "commit:  $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}
