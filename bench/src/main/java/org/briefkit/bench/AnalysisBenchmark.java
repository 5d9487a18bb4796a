package org.briefkit.bench;

import java.util.concurrent.TimeUnit;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
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

/** Analysis time of a synthetic case by number of motivations (warm JVM). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", Cases.QUIET_LOGGING, Cases.NO_LOGGING})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AnalysisBenchmark {
  /** The number of motivations. */
  @Param({"100", "1000", "10000", "100000"})
  public int motivations;

  private Case aCase;

  /** Generates the case (not measured). */
  @Setup
  public void generate() {
    aCase = Cases.synthetic(motivations);
  }

  /** Analyses the case. */
  @Benchmark
  public CaseAnalysis analyze() {
    return Analyzer.analyze(aCase);
  }
}
