package org.briefkit.report.xlsx;

import java.nio.file.Path;
import org.briefkit.model.Case;

/**
 * Reads a workbook back in a JVM of its own, to hold that a large one reads in bounded memory:
 * {@code java -Xmx1g ... LargeWorkbookReadMain large.xlsx 100000}. Prints the motivation count
 * and the milliseconds spent reading; fails unless the case read equals the one {@link
 * LargeWorkbookMain} wrote ({@code TestCases.large(n)}).
 */
public final class LargeWorkbookReadMain {
  private LargeWorkbookReadMain() {}

  /** Arguments: the workbook file, the number of motivations it was written with. */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Case c = CaseWorkbook.read(Path.of(args[0]));
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (!c.equals(TestCases.large(Integer.parseInt(args[1])))) {
      System.err.println("the case read back differs from the case written");
      System.exit(1);
    }
    System.out.println(c.motivations().size() + " motivations read in " + ms + " ms; max heap "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }
}
