#!/usr/bin/env bash
# Builds Knotwise into the local Maven repository (~/.m2), then compiles and runs this example as a
# health app's own build would, and checks what it prints. For CI (.ci/run): it writes ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_opts=(-q -B -ntp -Dstyle.color=never)
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" # no colour resets (ESC[0m) from Maven's console

mvn "${mvn_opts[@]}" -f "$root/pom.xml" install -DskipTests -pl rules -am
mvn "${mvn_opts[@]}" -f "$here/pom.xml" package
mvn "${mvn_opts[@]}" -f "$here/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"

out="$(mktemp)"; err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" com.example.knots.Embedding \
  "$root/examples/wrist-referred.json" >"$out" 2>"$err"

fail() { echo "examples/embedding: $1" >&2; echo "--- stdout" >&2; cat "$out" >&2; echo "--- stderr" >&2; cat "$err" >&2; exit 1; }
grep -q '^top site: ' "$out" || fail "no assessment"
grep -q '^invalid: UNKNOWN_REGION at complaint.regions\[0\]$' "$out" || fail "no error for a bad case"
grep -q '^batch: 2 lines, 1 error(s)$' "$out" || fail "the batch did not run"
# A library prints nothing of its own: no SLF4J "No providers" warning, no Drools log lines.
[ ! -s "$err" ] || fail "the library wrote to stderr"
echo "examples/embedding: OK"
