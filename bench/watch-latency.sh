#!/usr/bin/env bash
# Measures `briefkit render --watch` from a save to the output replaced, on a copy of the
# flagship: starts the command through the launcher, makes WARMUP edits to warm the JVM, then
# EDITS timed edits (the case's title changed, written in place as an editor would), each
# waited out, and prints every latency and their median. Ends the command with Ctrl-C (SIGINT)
# and prints its exit code.
#
#   bench/watch-latency.sh [EDITS] [FORMAT]      e.g. bench/watch-latency.sh 10 pdf
#
# FORMAT is render's --format (default pdf,xlsx). The latency is from the end of the write to
# the moment the last output (the workbook, when both are written) is replaced, seen by polling
# its inode every millisecond; the command's own "in N ms" (the render alone) is shown beside it,
# and with both formats also when the PDF was replaced (the two are written at once).
set -euo pipefail
set -m  # job control: the background command gets Ctrl-C (SIGINT), which non-interactive shells would have it ignore
edits=${1:-10}
format=${2:-pdf,xlsx}
warmup=${WARMUP:-8}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; fi; rm -rf "$tmp"' EXIT
cp "$here/samples/madrid-2022/korea-nato.yaml" "$tmp/case.yaml"
# Build (and prepare the start-up archive) first, so that the watch starts at once.
"$here/briefkit" --version > /dev/null
"$here/briefkit" render --watch "$tmp/case.yaml" -o "$tmp/out" --format "$format" > "$tmp/out.log" 2> "$tmp/err.log" &
pid=$!
python3 - "$tmp" "$format" "$edits" "$warmup" <<'EOF'
import os, re, statistics, sys, time
tmp, fmt, edits, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
case = os.path.join(tmp, "case.yaml")
base = os.path.join(tmp, "out", "korea-nato-madrid-2022.")
pdf, out = base + "pdf", base + ("xlsx" if "xlsx" in fmt else "pdf")
log = os.path.join(tmp, "out.log")
text = open(case, encoding="utf-8").read()

def wrote():
    return open(log, encoding="utf-8").read().count("wrote ")

def wait(pred, limit=120):
    end = time.time() + limit
    while not pred():
        if time.time() > end:
            sys.exit("timed out; stderr: " + open(os.path.join(tmp, "err.log")).read())
        time.sleep(0.001)

wait(lambda: wrote() >= 1)
time.sleep(1.5)  # the watch starts after the first render
latencies, renders, pdfs = [], [], []
for i in range(warmup + edits):
    before, pdf_before = os.stat(out).st_ino, os.stat(pdf).st_ino
    count = wrote()
    with open(case, "w", encoding="utf-8") as f:  # in place: truncate and write
        f.write(re.sub(r"(?m)^title: .*$", "title: South Korea and NATO, edit %d" % i, text, count=1))
    t0 = time.time()
    wait(lambda: os.stat(pdf).st_ino != pdf_before)
    tp = time.time()
    wait(lambda: os.stat(out).st_ino != before)
    t1 = time.time()
    wait(lambda: wrote() > count)
    ms = int(re.findall(r"in (\d+) ms", open(log, encoding="utf-8").read())[-1])
    if i >= warmup:
        latencies.append((t1 - t0) * 1000)
        pdfs.append((tp - t0) * 1000)
        renders.append(ms)
    time.sleep(0.3)
print("format %s: %d edits after %d to warm up" % (fmt, edits, warmup))
print("save -> output replaced (ms):", " ".join("%.0f" % l for l in latencies))
print("the render alone (ms):       ", " ".join(str(r) for r in renders))
print("median: %.0f ms save -> replaced, %.0f ms render" % (statistics.median(latencies), statistics.median(renders)))
if pdf != out:
    print("the PDF replaced after a median of %.0f ms" % statistics.median(pdfs))
EOF
kill -INT "$pid"
code=0
wait "$pid" || code=$?
echo "exit code after Ctrl-C: $code"
left=$(find "$tmp/out" -name '*.tmp' | wc -l)
echo "temporary files left: $left"
