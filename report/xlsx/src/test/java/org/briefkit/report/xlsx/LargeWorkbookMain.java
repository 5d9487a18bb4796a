package org.briefkit.report.xlsx;

import java.nio.file.Path;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;

/**
 * Writes the workbook of a generated case with many motivations, to measure memory in a JVM of
 * its own: {@code java -Xmx256m ... LargeWorkbookMain 100000 out.xlsx}. Prints the motivation
 * count, the milliseconds spent writing and the heap in use afterwards.
 */
public final class LargeWorkbookMain {
  private LargeWorkbookMain() {}

  /** Arguments: the number of motivations and the output file. */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Case c = TestCases.large(n);
    CaseAnalysis a = Analyzer.analyze(c);
    long start = System.nanoTime();
    ExcelWorkbook.of(TestCases.FIXED).write(a, out);
    long ms = (System.nanoTime() - start) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    System.out.println(n + " motivations written in " + ms + " ms; max heap " + (rt.maxMemory() >> 20)
        + " MiB; used after write " + ((rt.totalMemory() - rt.freeMemory()) >> 20) + " MiB");
  }
}
