#!/usr/bin/env bash
# Every measurement in docs/performance.md, from a clean clone, in one command:
#
#   bench/run.sh           full run: 10^2 to 10^5 motivations (about 20 minutes on 2 cores)
#   bench/run.sh quick     10^2 to 10^4 motivations, fewer repetitions (about 6 minutes)
#
# MVN_FLAGS=-o builds offline. Needs Java 17+, Maven and python3 (for the summary); /usr/bin/time (Debian: `time`) adds
# CPU time and peak RSS to the whole-command runs. Results go to
# bench/target/results/<UTC time>/: machine.txt, command.tsv and outputs.tsv (whole-command
# runs, bench/run-command.sh), stages.tsv (cold single runs with peak heap, Stage),
# jmh.txt and jmh.json (JMH), and summary.md, the tables of docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
case "$mode" in
  full) sizes="100 1000 10000 100000"; runs=10; jmh=(-prof gc) ;;
  quick) sizes="100 1000 10000"; runs=5; jmh=(-prof gc -p motivations=100,1000,10000 -wi 1 -i 2 -w 1 -r 1) ;;
  *) echo "usage: bench/run.sh [full|quick]" >&2; exit 2 ;;
esac
# Overrides, for trying the harness out: SIZES="100 1000" RUNS=3 JMH_ARGS="-p motivations=100 -wi 1 -i 1"
# PARTS="command stages jmh" (any of the three).
sizes=${SIZES:-$sizes}
runs=${RUNS:-$runs}
if [ -n "${JMH_ARGS:-}" ]; then read -r -a jmh <<< "$JMH_ARGS"; fi
parts=" ${PARTS:-command stages jmh} "
out=bench/target/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"

echo "== building (mvn package, tests skipped)"
mvn -B -q ${MVN_FLAGS:-} -DskipTests -pl cli,bench -am package

cp="bench/target/classes:bench/target/lib/*"
quiet=(-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dlog4j2.simplelogLevel=OFF)
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -m | awk '/^Mem:/ { print $2 " MB" }')"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "load before: $(cat /proc/loadavg)"
} | tee "$out/machine.txt"

if [[ $parts == *" command "* ]]; then
  echo "== 1/3 whole command"
  SIZES="$sizes" bench/run-command.sh "$out" "$runs"
fi

if [[ $parts == *" stages "* ]]; then
echo "== 2/3 cold single runs per stage, fresh JVM each, -Xmx512m"
printf 'stage\tmotivations\twall_ms\tcpu_ms\tpeak_heap_mb\tafter_mb\tbytes\tpages\txmx\tload1\n' > "$out/stages.tsv"
for n in $sizes; do
  for stage in analysis pdf pdf-untagged xlsx; do
    for xmx in 512m 2g; do
      if line=$(java -Xmx$xmx -XX:+UseSerialGC -XX:MetaspaceSize=96m -Djava.awt.headless=true "${quiet[@]}" -cp "$cp" \
          org.briefkit.bench.Stage "$stage" "synthetic:$n" 2> "$out/stage.err"); then
        printf '%s\t%s\t%s\n' "$line" "$xmx" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/stages.tsv"
        break
      fi
      printf '%s\t%s\tfailed\t\t\t\t\t\t%s\t%s\n' "$stage" "$n" "$xmx" "$(grep -m1 -E 'Exception|Error' "$out/stage.err" | cut -c1-120)" \
        | tee -a "$out/stages.tsv"
    done
  done
done
rm -f "$out/stage.err"
fi

if [[ $parts == *" jmh "* ]]; then
  echo "== 3/3 JMH (analysis, PDF, workbook by size; flagship throughput on 2 threads)"
  java "${quiet[@]}" -cp "$cp" org.openjdk.jmh.Main "${jmh[@]}" \
    -rf json -rff "$out/jmh.json" 2>&1 | tee "$out/jmh.txt" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.[a-zA-Z]+ )' || true
fi

python3 bench/summarise.py "$out" > "$out/summary.md" && cat "$out/summary.md"
echo "results: $out"
