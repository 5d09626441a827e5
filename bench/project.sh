#!/usr/bin/env bash
# Project benchmarks for issue 6 (numbers in the README): open and save of a 50-design project (with the safe-save
# steps: fsync, .bak, atomic move) and comparing two designs, warm, JMH medians.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests package test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main ProjectBenchmark -rf json -rff target/jmh-project.json 2>&1 \
  | grep -E "^(Benchmark|ProjectBenchmark\.[a-zA-Z0-9]+(:p0\.50|:p0\.90)? )" || true
