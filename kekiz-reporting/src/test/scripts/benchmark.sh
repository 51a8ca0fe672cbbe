#!/usr/bin/env bash
# Benchmark (not part of the test run): writes every format of a Köln-sized Monitoringbericht
# (86 Stadtteile, 50 indicators, 10 years) on ONE core and prints the time per format.
#
#   kekiz-reporting/src/test/scripts/benchmark.sh [rounds] [warm-up rounds] [output folder]
#
# Builds the modules (tests skipped), then runs de.kekiz.reporting.BerichtBenchmark pinned to
# CPU 0 (taskset, where available) with -XX:ActiveProcessorCount=1.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
./mvnw -B -q -pl kekiz-reporting -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
CP="kekiz-reporting/target/test-classes:kekiz-reporting/target/classes:$(cat kekiz-reporting/target/benchmark.cp)"
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi
exec "${PIN[@]}" java -XX:ActiveProcessorCount=1 -Xmx1g -Dfile.encoding=UTF-8 -cp "$CP" \
  de.kekiz.reporting.BerichtBenchmark "$@"
