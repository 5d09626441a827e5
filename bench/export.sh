#!/usr/bin/env bash
# Export benchmarks for issue 4, numbers quoted in the README:
#  1. JMH: warm rendering of the seed design as Markdown (text; text + SVG), PDF and configuration (medians).
#  2. Fresh process, interleaved, medians of N runs: `export --format pdf` through the installed command-line
#     launcher (target/installer/cdc-architect/bin/cdc-architect-cli, rebuilt by installer/build.sh app-image; its
#     per-user class-data archive is trained by a first run that is reported, not counted), through the jpackage
#     launcher bin/cdc-architect and through `java -jar`; `export --format markdown` through `java -jar`; and a bare
#     Java hello world.
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
IMAGE=target/installer/cdc-architect
bash installer/build.sh app-image >/dev/null   # the image of this very build
export XDG_CACHE_HOME="$out/cache"   # a fresh per-user archive for this run, trained by the first call below
first=$(ms "$IMAGE/bin/cdc-architect-cli" export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf")
hello=(); cli=(); app=(); jar=(); md=()
for _ in $(seq 1 2); do ms java -jar target/cdc-architect.jar export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf" >/dev/null; done
for _ in $(seq 1 "$RUNS"); do
  hello+=("$(ms java -cp target/bench Hello)")
  cli+=("$(ms "$IMAGE/bin/cdc-architect-cli" export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf")")
  app+=("$(ms "$IMAGE/bin/cdc-architect" export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf")")
  jar+=("$(ms java -jar target/cdc-architect.jar export --source "$SOURCE" --target "$TARGET" --format pdf --out "$out/x.pdf")")
  md+=("$(ms java -jar target/cdc-architect.jar export --source "$SOURCE" --target "$TARGET" --format markdown --out "$out/x.md")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "hello world median:                   $(median "${hello[@]}") ms   (runs: ${hello[*]})"
echo "export pdf, bin/cdc-architect-cli:    $(median "${cli[@]}") ms   (runs: ${cli[*]}; target: at most 1500 ms; first run, training its archive: $first ms)"
echo "export pdf, bin/cdc-architect:        $(median "${app[@]}") ms   (runs: ${app[*]})"
echo "export pdf, java -jar:                $(median "${jar[@]}") ms   (runs: ${jar[*]})"
echo "export markdown, java -jar:           $(median "${md[@]}") ms   (runs: ${md[*]})"
