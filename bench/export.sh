#!/usr/bin/env bash
# Export benchmarks for issue 4, numbers quoted in the README:
#  1. JMH: warm rendering of the seed design as Markdown (text; text + SVG), PDF and configuration (medians).
#  2. Fresh process: `java -jar target/cdc-architect.jar export --format pdf|markdown ...` versus a bare Java hello
#     world, interleaved, medians of N runs.
# Usage: bench/export.sh [runs]   (default 9 fresh-process runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-9}"

mvn -q -B -ntp -DskipTests package test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

echo "== JMH: warm export rendering (seed case), milliseconds =="
java -cp "$CP" org.openjdk.jmh.Main ExportBenchmark -rf json -rff target/jmh-export.json 2>&1 \
  | grep -E "^(Benchmark|ExportBenchmark\.[a-zA-Z]+(:p0\.50|:p0\.90)? )" || true

echo
echo "== Fresh process: export vs. hello world ($RUNS runs each, interleaved) =="
mkdir -p target/bench
javac -d target/bench bench/Hello.java
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
SOURCE="PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys."
TARGET="Confluent Kafka with target sinks to Snowflake and Elasticsearch."
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
hello=(); pdf=(); md=()
for _ in $(seq 1 2); do ms java -jar target/cdc-architect.jar export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf" >/dev/null; done
for _ in $(seq 1 "$RUNS"); do
  hello+=("$(ms java -cp target/bench Hello)")
  pdf+=("$(ms java -jar target/cdc-architect.jar export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf")")
  md+=("$(ms java -jar target/cdc-architect.jar export --source "$SOURCE" --target "$TARGET" --format markdown --out "$out/x.md")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "hello world median:     $(median "${hello[@]}") ms   (runs: ${hello[*]})"
echo "export pdf median:      $(median "${pdf[@]}") ms   (runs: ${pdf[*]}; target: at most 1500 ms)"
echo "export markdown median: $(median "${md[@]}") ms   (runs: ${md[*]})"
