package org.briefkit.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.report.pdf.PdfBrief;
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
 * PDF brief time (with the per-motivation annex) of an analysed synthetic case by number of
 * motivations: single shots after one warm-up shot, as a large brief takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", Cases.QUIET_LOGGING, Cases.NO_LOGGING})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PdfBenchmark {
  /** The number of motivations. */
  @Param({"100", "1000", "10000", "100000"})
  public int motivations;

  private CaseAnalysis analysis;
  private PdfBrief brief;

  /** Generates and analyses the case (not measured). */
  @Setup
  public void prepare() {
    analysis = Analyzer.analyze(Cases.synthetic(motivations));
    brief = PdfBrief.with(Cases.options());
  }

  /** Renders the brief; returns its size in bytes. */
  @Benchmark
  public long render() throws IOException {
    CountingStream out = new CountingStream();
    brief.render(analysis, out);
    return out.count();
  }
}
