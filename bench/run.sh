#!/usr/bin/env bash
# Benchmarks for issue 2, numbers quoted in the README:
#  1. JMH: warm generation time of the seed design (median = p0.50 of SampleTime).
#  2. Start-up: `java -jar target/cdc-architect.jar design ...` as a fresh process versus a bare Java
#     hello world, both measured in this run, interleaved; medians and their ratio.
# Usage: bench/run.sh [runs]   (default 21 start-up runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-21}"

mvn -q -B -ntp -DskipTests package test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

echo "== JMH: warm generation (seed case) =="
java -cp "$CP" org.openjdk.jmh.Main GenerationBenchmark -rf json -rff target/jmh-generation.json 2>&1 \
  | grep -E "^(Benchmark|GenerationBenchmark\.[a-zA-Z]+(:p0\.50|:p0\.99)? )" || true

echo
echo "== JMH: intake on long inputs (12.5k-100k characters; linear = flat time per character) =="
java -cp "$CP" org.openjdk.jmh.Main IntakeBenchmark -rf json -rff target/jmh-intake.json 2>&1 \
  | grep -E "^(Benchmark|IntakeBenchmark\.[a-zA-Z]+(:p0\.50)? )" || true

echo
echo "== JMH: impact of one schema change on the seed design (target: at most 5 ms warm) =="
java -cp "$CP" org.openjdk.jmh.Main ImpactBenchmark -rf json -rff target/jmh-impact.json 2>&1 \
  | grep -E "^(Benchmark|ImpactBenchmark\.[a-zA-Z]+(:p0\.50|:p0\.99)? )" || true

echo
echo "== Start-up: design as a fresh process vs. hello world ($RUNS runs each, interleaved) =="
mkdir -p target/bench
javac -d target/bench bench/Hello.java
SOURCE="PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys."
TARGET="Confluent Kafka with target sinks to Snowflake and Elasticsearch."
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
hello=(); design=()
for _ in $(seq 1 3); do ms java -cp target/bench Hello >/dev/null; ms java -jar target/cdc-architect.jar design --source "$SOURCE" --target "$TARGET" >/dev/null; done
for _ in $(seq 1 "$RUNS"); do
  hello+=("$(ms java -cp target/bench Hello)")
  design+=("$(ms java -jar target/cdc-architect.jar design --source "$SOURCE" --target "$TARGET")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
h=$(median "${hello[@]}"); d=$(median "${design[@]}")
echo "hello world median: ${h} ms   (runs: ${hello[*]})"
echo "design median:      ${d} ms   (runs: ${design[*]})"
awk -v d="$d" -v h="$h" 'BEGIN { printf "ratio design/hello: %.1fx (target: at most 8x)\n", d / h }'
