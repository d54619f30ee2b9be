#!/usr/bin/env bash
# Runs the Knotwise Spark job on this machine in Spark's local[*] mode, for a trial:
#   spark/run-local.sh IN OUT [--rules DIR] [--partitions N] [--max-line-bytes N] [--explain LEVEL] [--drafts]
# With spark-submit on the PATH it uses that; without a Spark installation it runs the job on the
# Spark jars Maven resolved (spark/target/spark-*classpath.txt), Spark's first, as spark-submit orders them.
# KNOTWISE_SPARK_MASTER overrides the master (e.g. local[2]); KNOTWISE_SPARK_HEAP the driver's heap.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/knotwise-spark.jar"
classpath="$here/target/spark-classpath.txt"
shared="$here/target/spark-shared-classpath.txt"
master="${KNOTWISE_SPARK_MASTER:-local[*]}"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" # a trial listens on this machine only

needs_build() {
  [ ! -f "$jar" ] || [ ! -f "$classpath" ] || [ ! -f "$shared" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "knotwise-spark: building the job's jar..." >&2
  (cd "$root" && mvn -q -B -DskipTests package -pl spark -am 1>&2) || {
    echo "knotwise-spark: build failed; run 'mvn -DskipTests package -pl spark -am' to see why" >&2; exit 3; }
fi

if command -v spark-submit >/dev/null 2>&1 && [ "${KNOTWISE_NO_SPARK_SUBMIT:-}" != 1 ]; then
  exec spark-submit --master "$master" --conf spark.ui.enabled=false \
    --driver-memory "${KNOTWISE_SPARK_HEAP:-2g}" --class org.knotwise.spark.KnotwiseSparkJob "$jar" "$@"
fi

# What spark-submit passes to the JVM on Java 17 (see Spark's JavaModuleOptions).
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
exec java "${opens[@]}" -Xss4m -Xmx"${KNOTWISE_SPARK_HEAP:-2g}" \
  -Dspark.master="$master" -Dspark.ui.enabled=false \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -Dlog4j2.configurationFile="$here/log4j2-local.properties" \
  -cp "$(cat "$classpath"):$(cat "$shared"):$jar" org.knotwise.spark.KnotwiseSparkJob "$@"
