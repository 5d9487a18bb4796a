#!/usr/bin/env bash
# Whole-command runs: each command runs once to warm the file cache, then RUNS (the main
# comparisons) or RUNS/2 times (the others), in turn with the commands it is compared with, in a
# fresh JVM; one line per command goes to OUT/command.tsv with the median, minimum, maximum
# and standard deviation of the wall-clock time, the median CPU time (user + system, all
# threads), the largest resident set and the 1-minute load average when it finished.
#
#   bench/run-command.sh OUT [RUNS]     (bench/run.sh calls it; build first)
#
# Compared: the floor program (bench/src/main/java/org/briefkit/bench/Floor.java) against
# `briefkit render` of the flagship sample (PDF + workbook), both as the ./briefkit launcher
# runs Java; start-up (`--version`, `validate`); the same with an AppCDS archive; and the
# command on synthetic cases of 10^2 to 10^5 motivations with a 1 GB heap: the case file
# rendered (PDF + workbook) and validated, the workbook it wrote validated (read back) and
# rendered to a PDF.
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
java=(java -Djava.awt.headless=true -XX:+UseSerialGC -XX:MetaspaceSize=96m)
# Jars only: a class-data archive refuses class paths with directories.
floor_cp="$(ls bench/target/briefkit-bench-*.jar | head -n 1):$lib/*"
quiet=(-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dlog4j2.simplelogLevel=OFF)
# CDS logs warnings (classes it cannot archive) on stdout: keep them out of the results.
cdslog=(-Xlog:cds*=off)
have_time=$([ -x /usr/bin/time ] && echo yes || echo no)

table="$out/command.tsv"
[ -f "$table" ] || printf 'command\truns\tmedian_ms\tmin_ms\tmax_ms\tstddev_ms\tcpu_ms\tmax_rss_mb\tload1\n' > "$table"

# once TAG COMMAND...: one timed run, appended to $work/wall.TAG and $work/rusage.TAG.
once() {
  local tag=$1 start end
  shift
  start=$(date +%s%N)
  if [ "$have_time" = yes ]; then
    /usr/bin/time -o "$work/r" -f '%U %S %M' "$@" > /dev/null 2>&1 || true
    cat "$work/r" >> "$work/rusage.$tag"
  else
    "$@" > /dev/null 2>&1 || true
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000)) >> "$work/wall.$tag"
}

# row NAME N TAG: the line of command.tsv for the runs of TAG.
row() {
  local name=$1 n=$2 tag=$3 load wall rus="-\t-"
  load=$(cut -d' ' -f1 /proc/loadavg)
  wall=$(sort -n "$work/wall.$tag" | awk '{ v[NR] = $1 / 1000; s += v[NR]; q += v[NR] * v[NR] }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
          sd = NR > 1 ? sqrt((q - s * s / NR) / (NR - 1)) : 0;
          printf "%.0f\t%.0f\t%.0f\t%.0f", m, v[1], v[NR], sd }')
  if [ "$have_time" = yes ]; then
    rus=$(awk '{ print ($1 + $2) * 1000, $3 }' "$work/rusage.$tag" | sort -n | awk '{ c[NR] = $1; if ($2 > r) r = $2 }
      END { m = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2; printf "%.0f\t%.0f", m, r / 1024 }')
  fi
  printf '%s\t%d\t%s\t%b\t%s\n' "$name" "$n" "$wall" "$rus" "$load" | tee -a "$table"
}

# warm NAME COMMAND...: one untimed run (file cache); false, with a failed row, if it fails.
warm() {
  local name=$1
  shift
  if ! "$@" > "$work/last.out" 2> "$work/last.err"; then
    # Recorded, not fatal: the other measurements still run.
    printf '%s\t0\tfailed: %s\n' "$name" "$(grep -v '^\s*at ' "$work/last.err" | tail -n 1 | cut -c1-160)" | tee -a "$table"
    return 1
  fi
}

# measure NAME RUNS COMMAND...
measure() {
  local name=$1 n=$2 tag=m$RANDOM$RANDOM
  shift 2
  warm "$name" "$@" || return 0
  for ((i = 0; i < n; i++)); do once "$tag" "$@"; done
  row "$name" "$n" "$tag"
}

# interleave RUNS NAME ARRAY [NAME ARRAY]...: the commands held in the named arrays, run in
# turn (A B C A B C ...), so that a change of load on a shared machine hits them alike.
interleave() {
  local n=$1 k p=i$RANDOM$RANDOM
  shift
  local -a names=() arrays=()
  while [ $# -gt 0 ]; do names+=("$1"); arrays+=("$2"); shift 2; done
  for k in "${!names[@]}"; do
    local -n c=${arrays[$k]}
    warm "${names[$k]}" "${c[@]}" || { names[$k]=""; }
    unset -n c
  done
  for ((i = 0; i < n; i++)); do
    for k in "${!names[@]}"; do
      [ -n "${names[$k]}" ] || continue
      local -n c=${arrays[$k]}
      once "$p$k" "${c[@]}"
      unset -n c
    done
  done
  for k in "${!names[@]}"; do
    if [ -n "${names[$k]}" ]; then row "${names[$k]}" "$n" "$p$k"; fi
  done
  return 0
}

echo "== class-data archives (JDK 17: -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile)"
"${java[@]}" "${cdslog[@]}" -XX:ArchiveClassesAtExit="$work/briefkit.jsa" -jar "$jar" render "$flagship" -o "$work/flagship" > /dev/null 2>&1
"${java[@]}" "${cdslog[@]}" "${quiet[@]}" -XX:ArchiveClassesAtExit="$work/floor.jsa" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor" > /dev/null 2>&1
ls -l "$work"/*.jsa | awk '{ printf "archive %s: %.1f MB\n", $NF, $5 / 1048576 }' | sed "s|$work/||" | tee "$out/cds.txt"
cds=(-XX:SharedArchiveFile="$work/briefkit.jsa" "${cdslog[@]}")

# The launcher's own Java (the newest it finds: a JDK 25 or later starts from an AOT cache) and
# its compiler choice for small inputs (C1 only); the floor is measured on the same.
ljava=$(BRIEFKIT_PRINT_JAVA=1 ./briefkit)
echo "launcher's Java: $ljava ($("$ljava" -version 2>&1 | head -n 1))" | tee -a "$out/cds.txt"
lversion=$("$ljava" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${lversion:-0}" -ge 25 ]; then # as the launcher decides
  laid=(-XX:AOTCache) lmake=(-XX:AOTCacheOutput) llog=(-Xlog:cds*=off -Xlog:aot*=off) ext=aot
else
  laid=(-XX:SharedArchiveFile) lmake=(-XX:ArchiveClassesAtExit) llog=(-Xlog:cds*=off) ext=jsa
fi
lbase=("$ljava" -Djava.awt.headless=true -XX:+UseSerialGC -XX:MetaspaceSize=96m "${llog[@]}")
ljvm=("${lbase[@]}" -XX:TieredStopAtLevel=1)
# Made as the launcher makes its own: both compilers, one render.
"${lbase[@]}" "${lmake[0]}=$work/launcher-briefkit.$ext" -jar "$jar" render "$flagship" -o "$work/flagship" > /dev/null 2>&1
"${lbase[@]}" "${quiet[@]}" "${lmake[0]}=$work/launcher-floor.$ext" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor" > /dev/null 2>&1
ls -l "$work"/launcher-*."$ext" | awk '{ printf "start-up aid %s: %.1f MB\n", $NF, $5 / 1048576 }' | sed "s|$work/||" | tee -a "$out/cds.txt"
floor_l=("${ljvm[@]}" "${quiet[@]}" "${laid[0]}=$work/launcher-floor.$ext" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor")
render_l=("${ljvm[@]}" "${laid[0]}=$work/launcher-briefkit.$ext" -jar "$jar" render "$flagship" -o "$work/flagship")
lrun=("${ljvm[@]}" "${laid[0]}=$work/launcher-briefkit.$ext" -jar "$jar")
pdf=("${lrun[@]}" render "$flagship" -o "$work/flagship" --format pdf)
xlsx=("${lrun[@]}" render "$flagship" -o "$work/flagship" --format xlsx)
both_c2=("${lbase[@]}" "${laid[0]}=$work/launcher-briefkit.$ext" -jar "$jar" render "$flagship" -o "$work/flagship")
one_cpu=("${lrun[@]:0:${#lrun[@]}-2}" -XX:ActiveProcessorCount=1 "${lrun[@]: -2}" render "$flagship" -o "$work/flagship")
version=("${lrun[@]}" --version)
validate=("${lrun[@]}" validate "$flagship")

echo "== whole command, $runs runs each, in turn (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
floor=("${java[@]}" "${quiet[@]}" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor")
floor_cds=("${java[@]}" "${quiet[@]}" -XX:SharedArchiveFile="$work/floor.jsa" "${cdslog[@]}" -cp "$floor_cp" org.briefkit.bench.Floor "$work/floor")
render=("${java[@]}" -jar "$jar" render "$flagship" -o "$work/flagship")
render_cds=("${java[@]}" "${cds[@]}" -jar "$jar" render "$flagship" -o "$work/flagship")
launcher=(./briefkit render "$flagship" -o "$work/flagship")
interleave "$runs" \
  "floor (one-page PDF + one-sheet workbook)" floor \
  "briefkit render flagship (PDF + xlsx)" render \
  "floor + AppCDS" floor_cds \
  "briefkit render flagship + AppCDS" render_cds \
  "floor, launcher's JVM (its Java, start-up aid, C1 only)" floor_l \
  "briefkit render flagship, launcher's JVM (its Java, start-up aid, C1 only)" render_l \
  "./briefkit render flagship (launcher script)" launcher \
  "briefkit render flagship, launcher's JVM with both compilers" both_c2 \
  "briefkit render flagship, launcher's JVM, one processor (outputs in turn)" one_cpu

echo "== what the time goes to, $few runs each, in turn (the launcher's JVM, as ./briefkit runs it)"
interleave "$few" \
  "briefkit render flagship --format pdf (launcher's JVM)" pdf \
  "briefkit render flagship --format xlsx (launcher's JVM)" xlsx \
  "briefkit --version (launcher's JVM)" version \
  "briefkit validate flagship (launcher's JVM)" validate

{
  printf 'output\tbytes\n'
  for f in "$work"/floor/* "$work"/flagship/*; do printf '%s\t%s\n' "${f#"$work"/}" "$(stat -c %s "$f")"; done
} > "$out/outputs.tsv"

echo "== the command on synthetic cases, -Xmx1g: YAML -> PDF + xlsx, xlsx -> PDF, validate of each"
java "${quiet[@]}" -cp "bench/target/classes:bench/target/lib/*" org.briefkit.bench.Generate "$work/cases" $sizes > "$out/case-files.tsv"
for n in $sizes; do
  reps=3
  [ "$n" -ge 10000 ] && reps=2
  [ "$n" -ge 100000 ] && reps=1
  # Beyond 10^4 motivations a case file needs the option that raises the limits (docs/cli.md).
  limits=()
  [ "$n" -ge 100000 ] && limits=(--max-case-size 128MiB)
  yaml="$work/cases/synthetic-$n.yaml"
  measure "briefkit render synthetic-$n (YAML -> PDF + xlsx) -Xmx1g" "$reps" "${java[@]}" -Xmx1g -jar "$jar" render "$yaml" "${limits[@]}" -o "$work/synthetic"
  for f in "$work"/synthetic/*; do
    if [ -f "$f" ]; then printf '%s\t%s\n' "${f#"$work"/}" "$(stat -c %s "$f")" >> "$out/outputs.tsv"; fi
  done
  xlsx="$work/cases/synthetic-$n.xlsx"
  cp "$(ls "$work"/synthetic/*.xlsx | head -n 1)" "$xlsx" 2>/dev/null || true
  rm -rf "$work/synthetic"
  measure "briefkit validate synthetic-$n.yaml -Xmx1g" "$reps" "${java[@]}" -Xmx1g -jar "$jar" validate "$yaml" "${limits[@]}"
  if [ -f "$xlsx" ]; then
    measure "briefkit validate synthetic-$n.xlsx (workbook read back) -Xmx1g" "$reps" "${java[@]}" -Xmx1g -jar "$jar" validate "$xlsx"
    measure "briefkit render synthetic-$n.xlsx (xlsx -> PDF) -Xmx1g" "$reps" "${java[@]}" -Xmx1g -jar "$jar" render "$xlsx" --format pdf -o "$work/synthetic"
    rm -rf "$work/synthetic"
  fi
  if [ "$n" -eq 10000 ]; then
    # Does C1 alone (quicker start) cost a larger case much?
    measure "briefkit render synthetic-$n -Xmx1g + AppCDS + C1 only" 2 "${java[@]}" -Xmx1g "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" render "$yaml" -o "$work/synthetic"
    rm -rf "$work/synthetic"
  fi
done
