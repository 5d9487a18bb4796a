#!/usr/bin/env bash
# Whole-command runs: each command runs once to warm the file cache, then RUNS (the main
# comparisons) or RUNS/2 times (the others) in a
# fresh JVM; one line per command goes to OUT/command.tsv with the median, minimum, maximum
# and standard deviation of the wall-clock time, the median CPU time (user + system, all
# threads), the largest resident set and the 1-minute load average when it finished.
#
#   bench/run-command.sh OUT [RUNS]     (bench/run.sh calls it; build first)
#
# Compared: the floor program (bench/src/main/java/org/briefkit/bench/Floor.java) against
# `briefkit render` of the flagship sample (PDF + workbook), both as the ./briefkit launcher
# runs Java; start-up (`--version`, `validate`); the same with an AppCDS archive; and the
# command on synthetic case files of 10^2 to 10^5 motivations with a 512 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench/run-command.sh OUT [RUNS]}
runs=${2:-10}
few=$(((runs + 1) / 2))
sizes=${SIZES:-100 1000 10000 100000}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

jar=cli/target/briefkit.jar
lib=cli/target/lib
flagship=samples/madrid-2022/korea-nato.yaml
# The launcher's own java line (see ./briefkit).
java=(java -Djava.awt.headless=true -XX:+UseSerialGC)
# Jars only: a class-data archive refuses class paths with directories.
floor_cp="$(ls bench/target/briefkit-bench-*.jar | head -n 1):$lib/*"
quiet=(-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dlog4j2.simplelogLevel=OFF)
# CDS logs warnings (classes it cannot archive) on stdout: keep them out of the results.
cdslog=(-Xlog:cds*=off)
have_time=$([ -x /usr/bin/time ] && echo yes || echo no)

table="$out/command.tsv"
[ -f "$table" ] || printf 'command\truns\tmedian_ms\tmin_ms\tmax_ms\tstddev_ms\tcpu_ms\tmax_rss_mb\tload1\n' > "$table"

# measure NAME RUNS COMMAND...
measure() {
  local name=$1 n=$2
  shift 2
  if ! "$@" > "$work/last.out" 2> "$work/last.err"; then
    # Recorded, not fatal: the other measurements still run.
    printf '%s\t0\tfailed: %s\n' "$name" "$(grep -v '^\s*at ' "$work/last.err" | tail -n 1 | cut -c1-160)" | tee -a "$table"
    return 0
  fi
  : > "$work/wall"
  : > "$work/rusage"
  for ((i = 0; i < n; i++)); do
    local start end
    start=$(date +%s%N)
    if [ "$have_time" = yes ]; then
      /usr/bin/time -o "$work/r" -f '%U %S %M' "$@" > /dev/null 2>&1
      cat "$work/r" >> "$work/rusage"
    else
      "$@" > /dev/null 2>&1
    fi
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >> "$work/wall"
  done
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  local wall
  wall=$(sort -n "$work/wall" | awk '{ v[NR] = $1 / 1000; s += v[NR]; q += v[NR] * v[NR] }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
          sd = NR > 1 ? sqrt((q - s * s / NR) / (NR - 1)) : 0;
          printf "%.0f\t%.0f\t%.0f\t%.0f", m, v[1], v[NR], sd }')
  local rus="-\t-"
  if [ "$have_time" = yes ]; then
    rus=$(awk '{ print ($1 + $2) * 1000, $3 }' "$work/rusage" | sort -n | awk '{ c[NR] = $1; if ($2 > r) r = $2 }
      END { m = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2; printf "%.0f\t%.0f", m, r / 1024 }')
  fi
  printf '%s\t%d\t%s\t%b\t%s\n' "$name" "$n" "$wall" "$rus" "$load" | tee -a "$table"
}

echo "== whole command, $runs runs each (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
measure "floor (one-page PDF + one-sheet workbook)" "$runs" "${java[@]}" "${quiet[@]}" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor"
measure "briefkit render flagship (PDF + xlsx)" "$runs" "${java[@]}" -jar "$jar" render "$flagship" -o "$work/flagship"
measure "briefkit render flagship --format pdf" "$few" "${java[@]}" -jar "$jar" render "$flagship" -o "$work/flagship" --format pdf
measure "briefkit render flagship --format xlsx" "$few" "${java[@]}" -jar "$jar" render "$flagship" -o "$work/flagship" --format xlsx
measure "./briefkit render flagship (launcher script)" "$few" ./briefkit render "$flagship" -o "$work/flagship"
measure "briefkit --version" "$runs" "${java[@]}" -jar "$jar" --version
measure "briefkit validate flagship" "$few" "${java[@]}" -jar "$jar" validate "$flagship"

echo "== the same with an AppCDS archive (JDK 17: -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile)"
"${java[@]}" "${cdslog[@]}" -XX:ArchiveClassesAtExit="$work/briefkit.jsa" -jar "$jar" render "$flagship" -o "$work/flagship" > /dev/null 2>&1
"${java[@]}" "${cdslog[@]}" "${quiet[@]}" -XX:ArchiveClassesAtExit="$work/floor.jsa" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor" > /dev/null 2>&1
ls -l "$work"/*.jsa | awk '{ printf "archive %s: %.1f MB\n", $NF, $5 / 1048576 }' | sed "s|$work/||" | tee "$out/cds.txt"
cds=(-XX:SharedArchiveFile="$work/briefkit.jsa" "${cdslog[@]}")
measure "floor + AppCDS" "$runs" "${java[@]}" "${quiet[@]}" -XX:SharedArchiveFile="$work/floor.jsa" "${cdslog[@]}" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor"
measure "briefkit render flagship + AppCDS" "$runs" "${java[@]}" "${cds[@]}" -jar "$jar" render "$flagship" -o "$work/flagship"
measure "briefkit render flagship + AppCDS + C1 only" "$few" "${java[@]}" "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" render "$flagship" -o "$work/flagship"
measure "briefkit --version + AppCDS" "$runs" "${java[@]}" "${cds[@]}" -jar "$jar" --version
measure "briefkit validate flagship + AppCDS" "$few" "${java[@]}" "${cds[@]}" -jar "$jar" validate "$flagship"

{
  printf 'output\tbytes\n'
  for f in "$work"/floor/* "$work"/flagship/*; do printf '%s\t%s\n' "${f#"$work"/}" "$(stat -c %s "$f")"; done
} > "$out/outputs.tsv"

echo "== the command on synthetic cases, -Xmx512m"
java "${quiet[@]}" -cp "bench/target/classes:bench/target/lib/*" org.briefkit.bench.Generate "$work/cases" $sizes > "$out/case-files.tsv"
for n in $sizes; do
  reps=3
  [ "$n" -ge 10000 ] && reps=2
  [ "$n" -ge 100000 ] && reps=1
  measure "briefkit render synthetic-$n -Xmx512m" "$reps" "${java[@]}" -Xmx512m -jar "$jar" render "$work/cases/synthetic-$n.yaml" -o "$work/synthetic"
  for f in "$work"/synthetic/*; do
    [ -f "$f" ] && printf '%s\t%s\n' "${f#"$work"/}" "$(stat -c %s "$f")" >> "$out/outputs.tsv"
  done
  rm -rf "$work/synthetic"
  if [ "$n" -eq 10000 ]; then
    # Does C1 alone (quicker start) cost a larger case much?
    measure "briefkit render synthetic-$n -Xmx512m + AppCDS + C1 only" 2 "${java[@]}" -Xmx512m "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" render "$work/cases/synthetic-$n.yaml" -o "$work/synthetic"
    rm -rf "$work/synthetic"
  fi
done
