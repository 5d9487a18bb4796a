package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.model.io.AtomicFiles;
import org.briefkit.report.ReportOptions;

/**
 * Writes a case as an Excel workbook (.xlsx): an overview with the case's metadata, key
 * figures, key judgments and native charts; one Excel table per kind of element (filterable,
 * header frozen, drop-down lists where values are restricted); a stakeholder × domain matrix
 * of live formulas over the motivations table; the computed comparisons; a sheet per matrix of
 * competing hypotheses, its ratings chosen from drop-down lists and its weights, scores and
 * ranks live formulas; and the tradecraft check's warnings, each linking to the cell it is
 * about. The workbook
 * carries the whole case, so {@link CaseWorkbook#read} loads it back, edits included.
 *
 * <p>The writer streams rows, so very large cases write in bounded memory. Given the same case
 * and options, it writes the same bytes. Instances are immutable and safe to share between
 * threads.
 */
public final class ExcelWorkbook {
  private final ReportOptions options;

  private ExcelWorkbook(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /** A writer with the given options (the paper size, the theme and the timestamp apply). */
  public static ExcelWorkbook of(ReportOptions options) {
    return new ExcelWorkbook(options);
  }

  /** A writer with {@link ReportOptions#defaults()}. */
  public static ExcelWorkbook withDefaults() {
    return new ExcelWorkbook(ReportOptions.defaults());
  }

  /**
   * Writes the workbook of {@code aCase} to {@code out}, which is left open.
   *
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a text is longer than an Excel cell holds
   */
  public void write(Case aCase, OutputStream out) throws IOException {
    Objects.requireNonNull(aCase, "aCase must not be null");
    write(Analyzer.analyze(aCase), out);
  }

  /**
   * Writes the workbook of an analysed case to {@code out}, which is left open.
   *
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a text is longer than an Excel cell holds
   */
  public void write(CaseAnalysis analysis, OutputStream out) throws IOException {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(out, "out must not be null");
    // POI's zip stream, closed after a failed write, throws "unclosed entries" and hides the
    // cause (a full disk, say): the first error of the output stream is what the caller gets.
    IOException[] first = new IOException[1];
    OutputStream unclosable = new java.io.FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          first[0] = first[0] == null ? e : first[0];
          throw e;
        }
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    try {
      PoiRuntime.withFixedZipTimes(() -> new WorkbookWriter(options, analysis).writeTo(unclosable));
    } catch (IOException e) {
      if (first[0] == null || first[0] == e) {
        throw e;
      }
      first[0].addSuppressed(e);
      throw first[0];
    }
  }

  /**
   * Writes the workbook of {@code aCase} to {@code file} atomically: the file appears whole or
   * not at all, and an existing file is replaced only once the new one is complete.
   *
   * @throws IOException if writing fails; the file is then unchanged
   */
  public void write(Case aCase, Path file) throws IOException {
    Objects.requireNonNull(aCase, "aCase must not be null");
    write(Analyzer.analyze(aCase), file);
  }

  /**
   * Writes the workbook of an analysed case to {@code file} atomically.
   *
   * @throws IOException if writing fails; the file is then unchanged
   */
  public void write(CaseAnalysis analysis, Path file) throws IOException {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(file, "file must not be null");
    AtomicFiles.write(file, out -> write(analysis, out));
  }
}
