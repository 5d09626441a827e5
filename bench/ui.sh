#!/usr/bin/env bash
# Window benchmarks for issue 3, numbers quoted in the README. Headless (Monocle, software rendering), so no
# display is needed and both windows are measured the same way.
#  1. changed input -> spec and diagram drawn (seed; 500 tables + 3,000 partitions), medians;
#  2. the frame gaps while typing (5 runs: p99 of every gap, and each run's longest gap);
#  3. process start -> window shown for the workbench vs a minimal JavaFX window, medians of N runs, and the
#     idle resident memory of each; for the workbench also process start -> seed design drawn (the window shows a
#     placeholder until then, see docs/decisions/0005-progressive-start.md).
# Usage: bench/ui.sh [runs]   (default 7 start-up runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
FX="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32"

mvn -q -B -ntp -DskipTests package test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

echo "== Redraw and typing =="
java -cp "$CP" dev.cdcarchitect.bench.UiBenchmark

echo
echo "== Window shown: workbench vs minimal JavaFX window ($RUNS runs each, interleaved) =="
mkdir -p target/bench
javac -cp "$CP" -d target/bench bench/MinimalFx.java
work=(); ready=(); mini=(); workRss=(); miniRss=()
for _ in $(seq 1 "$RUNS"); do
  out=$(java $FX -cp "target/bench:$CP" MinimalFx)
  mini+=("$(sed -n 's/.*shown-ms=//p' <<<"$out")"); miniRss+=("$(sed -n 's/.*idle-rss-mb=//p' <<<"$out")")
  out=$(java $FX -Dcdcarchitect.probe=true -jar target/cdc-architect.jar)
  work+=("$(sed -n 's/.*shown-ms=//p' <<<"$out")"); ready+=("$(sed -n 's/.*ready-ms=//p' <<<"$out")"); workRss+=("$(sed -n 's/.*idle-rss-mb=//p' <<<"$out")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m=$(median "${mini[@]}"); w=$(median "${work[@]}")
echo "minimal JavaFX window shown: median ${m} ms (runs: ${mini[*]}); idle RSS median $(median "${miniRss[@]}") MB"
echo "workbench window shown:      median ${w} ms (runs: ${work[*]}); idle RSS median $(median "${workRss[@]}") MB"
r=$(median "${ready[@]}")
echo "workbench seed design drawn: median ${r} ms (runs: ${ready[*]})"
awk -v w="$w" -v r="$r" -v m="$m" 'BEGIN { printf "ratio window shown, workbench/minimal: %.2fx (target: at most 1.2x); seed design drawn/minimal: %.2fx; idle RSS target: at most 300 MB\n", w / m, r / m }'
