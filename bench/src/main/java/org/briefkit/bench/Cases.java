package org.briefkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.briefkit.model.Case;
import org.briefkit.report.ReportOptions;
import org.briefkit.samples.Samples;
import org.briefkit.samples.synthetic.SyntheticCase;

/** The cases and options every benchmark uses. */
final class Cases {
  /** The seed of every synthetic case, so that runs compare like with like. */
  static final long SEED = 42;

  /** POI logs through the Log4j API: a simple logger, so that it does not warn of none. */
  static final String QUIET_LOGGING =
      "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory";

  /** ... and that logger off. */
  static final String NO_LOGGING = "-Dlog4j2.simplelogLevel=OFF";

  private Cases() {}

  /** The synthetic case of {@code motivations} motivations in standard proportions. */
  static Case synthetic(int motivations) {
    return SyntheticCase.generate(SEED, SyntheticCase.Sizes.forMotivations(motivations));
  }

  /** The flagship sample (Madrid 2022). */
  static Case flagship() {
    try {
      return Samples.MADRID_2022.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The options the command uses by default: A4, fonts found on the system. */
  static ReportOptions options() {
    return ReportOptions.defaults();
  }
}
