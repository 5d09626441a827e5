#!/usr/bin/env bash
# Streaming benchmark for issue 5 (numbers in the README): a local server streams a numbered token every 50 ms for
# 60 s into the real workbench window (headless Monocle, software rendering); prints token-to-screen latency and the
# frame gaps while streaming. Usage: bench/llm.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests package test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -Dbench.verbose="${VERBOSE:-false}" -Dbench.seconds="${1:-60}" -Dprism.order=sw -Dheadless.geometry=1920x1200-32 -cp "$CP" dev.cdcarchitect.bench.LlmStreamBenchmark 2>&1 \
  | grep -v -E "^(WARNING|[A-Z][a-z]{2} [0-9]+, [0-9]{4})"
