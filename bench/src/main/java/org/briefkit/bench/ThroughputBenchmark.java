package org.briefkit.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Render throughput for the flagship sample in one warm JVM, two threads sharing one renderer
 * (as a server would): briefs per second, and PDF + workbook pairs per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Djava.awt.headless=true", Cases.QUIET_LOGGING, Cases.NO_LOGGING})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
public class ThroughputBenchmark {
  private Case flagship;
  private PdfBrief brief;
  private ExcelWorkbook workbook;

  /** Loads the flagship sample (not measured). */
  @Setup
  public void load() {
    flagship = Cases.flagship();
    brief = PdfBrief.with(Cases.options());
    workbook = ExcelWorkbook.of(Cases.options());
  }

  /** Analyses the flagship and renders its PDF brief. */
  @Benchmark
  public long brief() throws IOException {
    CountingStream out = new CountingStream();
    brief.render(Analyzer.analyze(flagship), out);
    return out.count();
  }

  /** Analyses the flagship and renders its PDF brief and its workbook, as the command does. */
  @Benchmark
  public long briefAndWorkbook() throws IOException {
    CaseAnalysis analysis = Analyzer.analyze(flagship);
    CountingStream out = new CountingStream();
    brief.render(analysis, out);
    workbook.write(analysis, out);
    return out.count();
  }
}
