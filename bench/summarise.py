#!/usr/bin/env python3
"""Turns one bench/run.sh result folder into the Markdown tables of docs/performance.md.

    python3 bench/summarise.py bench/target/results/<time>
"""
import csv
import json
import os
import sys


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def num(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def main(folder):
    out = []
    machine = os.path.join(folder, "machine.txt")
    if os.path.exists(machine):
        out.append("### Machine\n")
        with open(machine, encoding="utf-8") as f:
            out += ["    " + line.rstrip() for line in f]
        out.append("")

    command = read_tsv(os.path.join(folder, "command.tsv"))
    by_name = {r["command"]: r for r in command}
    if command:
        out.append("### Whole command (fresh JVM per run; wall clock; CPU = user + system of all threads)\n")
        out.append("| command | runs | median ms | min–max ms | stddev ms | median CPU ms | max RSS MB | load |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in command:
            if r.get("median_ms", "").startswith("failed"):
                out.append(f"| {r['command']} | – | {r['median_ms']} | | | | | |")
                continue
            out.append(
                f"| {r['command']} | {r['runs']} | {r['median_ms']} | {r['min_ms']}–{r['max_ms']} | "
                f"{r['stddev_ms']} | {r['cpu_ms']} | {r['max_rss_mb']} | {r['load1']} |")
        out.append("")

        def ratio(a, b, key="median_ms"):
            if a in by_name and b in by_name:
                x, y = num(by_name[a][key]), num(by_name[b][key])
                if x and y:
                    return x / y
            return None

        flag, floor = "briefkit render flagship (PDF + xlsx)", "floor (one-page PDF + one-sheet workbook)"
        lines = []
        launcher = "briefkit render flagship, launcher's JVM (its Java, start-up aid, C1 only)"
        launcher_floor = "floor, launcher's JVM (its Java, start-up aid, C1 only)"
        for label, a, b in [
            ("**flagship / floor, both on the launcher's JVM** (target 1.3×)", launcher, launcher_floor),
            ("./briefkit (launcher script) / floor on the launcher's JVM", "./briefkit render flagship (launcher script)", launcher_floor),
            ("flagship / floor", flag, floor),
            ("flagship + AppCDS / floor", "briefkit render flagship + AppCDS", floor),
            ("flagship + AppCDS / floor + AppCDS", "briefkit render flagship + AppCDS", "floor + AppCDS"),
            ("AppCDS / no archive, render", "briefkit render flagship + AppCDS", flag),
            ("C1 only / both compilers, launcher's JVM", launcher,
             "briefkit render flagship, launcher's JVM with both compilers"),
            ("PDF and workbook at once / in turn, launcher's JVM", launcher,
             "briefkit render flagship, launcher's JVM, one processor (outputs in turn)"),
        ]:
            w, c, m = ratio(a, b), ratio(a, b, "cpu_ms"), ratio(a, b, "max_rss_mb")
            if w:
                cells = [f"{x:.2f}×" if x else "–" for x in (w, c, m)]
                lines.append(f"| {label} | " + " | ".join(cells) + " |")
        if lines:
            out.append("| ratio (target: flagship within 1.3× of the floor, JVM for JVM) | wall | CPU | peak RSS |")
            out.append("|---|---:|---:|---:|")
            out += lines
            out.append("")

    stages = read_tsv(os.path.join(folder, "stages.tsv"))
    if stages:
        out.append("### Cold single runs (fresh JVM, synthetic case, one stage each; peak heap includes the case)\n")
        out.append("| motivations | stage | wall ms | CPU ms (main thread) | peak heap MB | output bytes | pages | -Xmx | load |")
        out.append("|---:|---|---:|---:|---:|---:|---:|---|---:|")
        for r in stages:
            if r["wall_ms"] == "failed":
                out.append(f"| {r['motivations']} | {r['stage']} | failed: {r['load1']} | | | | | {r['xmx']} | |")
                continue
            out.append(
                f"| {r['motivations']} | {r['stage']} | {r['wall_ms']} | {r['cpu_ms']} | {r['peak_heap_mb']} | "
                f"{r['bytes']} | {r['pages'] if r['stage'].startswith('pdf') else ''} | {r['xmx']} | {r['load1']} |")
        out.append("")

    jmh_path = os.path.join(folder, "jmh.json")
    if os.path.exists(jmh_path):
        with open(jmh_path, encoding="utf-8") as f:
            jmh = json.load(f)
        out.append("### JMH (warm JVM; `-prof gc` for allocation)\n")
        out.append("| benchmark | motivations | mode | score | ± error | unit | allocated per op |")
        out.append("|---|---:|---|---:|---:|---|---:|")
        scores = {}
        for b in jmh:
            name = b["benchmark"].replace("org.briefkit.bench.", "")
            n = b.get("params", {}).get("motivations", "flagship")
            m = b["primaryMetric"]
            alloc = b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            alloc_text = f"{alloc / 1048576:.1f} MB" if alloc is not None else ""
            err = m.get("scoreError")
            err_text = f"{err:.2f}" if isinstance(err, (int, float)) and err == err else ""
            out.append(f"| {name} | {n} | {b['mode']} | {m['score']:.2f} | {err_text} | {m['scoreUnit']} | {alloc_text} |")
            scores[(name, n)] = m["score"]
        out.append("")
        lines = []
        for name in ["AnalysisBenchmark.analyze", "PdfBenchmark.render", "WorkbookBenchmark.write"]:
            a, b = scores.get((name, "10000")), scores.get((name, "100000"))
            if a and b:
                lines.append(f"| {name} | {a:.1f} | {b:.1f} | {b / a:.1f}× |")
        if lines:
            out.append("| growth (target ≤ 12×) | 10⁴ ms | 10⁵ ms | 10⁵ / 10⁴ |")
            out.append("|---|---:|---:|---:|")
            out += lines
            out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
