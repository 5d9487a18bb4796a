package org.briefkit.cli;

import org.briefkit.model.io.CaseReader;
import org.briefkit.model.io.LimitExceeded;
import picocli.CommandLine.Option;

/**
 * The options that size what a case file may hold: {@code --max-case-size SIZE} and {@code
 * --max-case-values N}. The defaults take every case file BriefKit writes up to 10,000
 * motivations; a larger one needs {@code --max-case-size}, which raises the limit on values in
 * proportion. Shared by {@code render}, {@code validate} and {@code diff}; they apply to every
 * case file read, the previous version named by a case included.
 */
final class CaseLimits {
  private static final long MIB = 1024L * 1024;

  @Option(
      names = "--max-case-size",
      paramLabel = "SIZE",
      description = {
        "The largest case file read, such as 100MiB (default: 32MiB). The limit on values rises in"
            + " proportion, unless --max-case-values is given."
      })
  private String maxSize;

  @Option(
      names = "--max-case-values",
      paramLabel = "N",
      description = {
        "The most values (scalars, lists and mappings, keys included) a case file may hold"
            + " (default: 2000000, or in proportion to --max-case-size)."
      })
  private Integer maxValues;

  private CaseReader reader;

  /**
   * The case-file reader with these limits; a command asks for it before reading its inputs, so
   * that a bad option value is told before any file.
   *
   * @throws UserException naming the option whose value is wrong
   */
  CaseReader reader() {
    if (reader == null) {
      reader = build();
    }
    return reader;
  }

  private CaseReader build() {
    long bytes = maxSize == null ? CaseReader.DEFAULT_MAX_BYTES : Sizes.parse("--max-case-size", maxSize);
    if (bytes > CaseReader.LARGEST_MAX_BYTES) {
      throw new UserException("--max-case-size " + maxSize + ": must be less than 2GiB");
    }
    int values;
    if (maxValues != null) {
      if (maxValues < 1) {
        throw new UserException("--max-case-values " + maxValues + ": must be at least 1");
      }
      values = maxValues;
    } else {
      long scaled = bytes * CaseReader.DEFAULT_MAX_NODES / CaseReader.DEFAULT_MAX_BYTES;
      values = (int) Math.min(Integer.MAX_VALUE, Math.max(CaseReader.DEFAULT_MAX_NODES, scaled));
    }
    return CaseReader.builder().maxBytes(bytes).maxNodes(values).build();
  }

  /** How to read a file refused for going over {@code e}, for the end of its message. */
  static String advice(LimitExceeded e) {
    return switch (e.limit()) {
      case SIZE -> "raise the limit with --max-case-size "
          + (e.exact() ? (e.measured() + MIB - 1) / MIB + "MiB" : "SIZE (more than " + e.max() / MIB + "MiB)");
      case VALUES -> "raise the limit with --max-case-values "
          + (e.exact() ? Long.toString(e.measured()) : "N (more than " + e.max() + ")");
    };
  }
}
