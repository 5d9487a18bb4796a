package org.briefkit.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.CaseWorkbook;
import org.briefkit.report.xlsx.ExcelWorkbook;

/**
 * Runs one stage once in a fresh JVM, as the command would, and prints one tab-separated line:
 * stage, motivations, wall-clock milliseconds, CPU milliseconds of the rendering thread, peak
 * heap in MB (live case data included), heap in use after the stage and a collection in MB,
 * output bytes, PDF pages. The CPU time is what to compare on a busy machine.
 *
 * <pre>java -Xmx512m -cp ... org.briefkit.bench.Stage analysis|pdf|pdf-untagged|xlsx|read|read-workbook SOURCE [OUT]</pre>
 *
 * <p>SOURCE is {@code synthetic:N} (the generated case of N motivations), {@code flagship},
 * or a case file. The stage {@code read} times reading the case file, {@code read-workbook}
 * reading a workbook file (SOURCE) back into its case; their bytes are the file's. With OUT the
 * output is also written there; otherwise it is only counted.
 */
public final class Stage {
  private Stage() {}

  /** Runs the stage given in {@code args}. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Stage analysis|pdf|pdf-untagged|xlsx|read|read-workbook SOURCE [OUT]");
      System.exit(2);
    }
    String stage = args[0];
    String source = args[1];
    HeapWatch heap = new HeapWatch();
    Case aCase = null;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start;
    long elapsed;
    long cpuStart;
    long bytes = 0;
    int pages = 0;
    if (stage.equals("read") || stage.equals("read-workbook")) {
      heap.reset();
      cpuStart = threads.getCurrentThreadCpuTime();
      start = System.nanoTime();
      aCase = stage.equals("read") ? CaseFiles.read(Path.of(source)) : CaseWorkbook.read(Path.of(source));
      elapsed = System.nanoTime() - start;
      bytes = Files.size(Path.of(source));
    } else {
      aCase = load(source);
      CaseAnalysis analysis = stage.equals("analysis") ? null : Analyzer.analyze(aCase);
      heap.reset();
      OutputStream out = args.length > 2 ? Files.newOutputStream(Path.of(args[2])) : OutputStream.nullOutputStream();
      CountingStream counted = new CountingStream();
      OutputStream both = new java.io.FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
          out.write(b, off, len);
          counted.write(b, off, len);
        }
      };
      cpuStart = threads.getCurrentThreadCpuTime();
      start = System.nanoTime();
      switch (stage) {
        case "analysis":
          analysis = Analyzer.analyze(aCase);
          break;
        case "pdf":
          pages = PdfBrief.with(Cases.options()).render(analysis, both).pages();
          break;
        case "pdf-untagged":
          pages = PdfBrief.with(Cases.options().toBuilder().tagged(false).build()).render(analysis, both).pages();
          break;
        case "xlsx":
          ExcelWorkbook.of(Cases.options()).write(analysis, both);
          break;
        default:
          System.err.println("unknown stage " + stage + ": analysis, pdf, xlsx, read or read-workbook");
          System.exit(2);
      }
      both.flush();
      elapsed = System.nanoTime() - start;
      out.close();
      bytes = counted.count();
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    long peak = heap.peak();
    System.gc();
    long live = HeapWatch.used();
    System.out.printf(
        Locale.ROOT,
        "%s\t%d\t%.0f\t%.0f\t%.1f\t%.1f\t%d\t%d%n",
        stage,
        aCase.motivations().size(),
        elapsed / 1e6,
        cpu / 1e6,
        peak / 1048576.0,
        live / 1048576.0,
        bytes,
        pages);
  }

  private static Case load(String source) throws Exception {
    if (source.equals("flagship")) {
      return Cases.flagship();
    }
    if (source.startsWith("synthetic:")) {
      return Cases.synthetic(Integer.parseInt(source.substring("synthetic:".length())));
    }
    return CaseFiles.read(Path.of(source));
  }
}
