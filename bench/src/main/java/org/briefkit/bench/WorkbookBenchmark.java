package org.briefkit.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workbook time of an analysed synthetic case by number of motivations, with a 512 MB heap:
 * single shots after warm-up, as a large workbook takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", Cases.QUIET_LOGGING, Cases.NO_LOGGING})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class WorkbookBenchmark {
  /** The number of motivations. */
  @Param({"100", "1000", "10000", "100000"})
  public int motivations;

  private CaseAnalysis analysis;
  private ExcelWorkbook workbook;

  /** Generates and analyses the case (not measured). */
  @Setup
  public void prepare() {
    analysis = Analyzer.analyze(Cases.synthetic(motivations));
    workbook = ExcelWorkbook.of(Cases.options());
  }

  /** Writes the workbook; returns its size in bytes. */
  @Benchmark
  public long write() throws IOException {
    CountingStream out = new CountingStream();
    workbook.write(analysis, out);
    return out.count();
  }
}
