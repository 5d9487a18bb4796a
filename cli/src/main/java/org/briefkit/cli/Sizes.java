package org.briefkit.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as options take them: "20MiB", "500 KiB", "1048576" (bytes). */
final class Sizes {
  private static final Pattern SIZE =
      Pattern.compile("([0-9]{1,12})\\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?", Pattern.CASE_INSENSITIVE);

  private Sizes() {}

  /**
   * The size in bytes {@code text} gives as the value of {@code option}; units are powers of 1024,
   * "MB" read as "MiB".
   *
   * @throws UserException naming the option when it is not a size
   */
  static long parse(String option, String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new UserException(option + " " + text + ": must be a size such as 20MiB, 500KiB or 1048576 (bytes)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long factor =
        unit.startsWith("k") ? 1024L : unit.startsWith("m") ? 1024L * 1024 : unit.startsWith("g") ? 1024L * 1024 * 1024 : 1L;
    if (n == 0) {
      throw new UserException(option + " " + text + ": must be at least 1 byte");
    }
    if (n > Long.MAX_VALUE / factor) {
      throw new UserException(option + " " + text + ": is too large");
    }
    return n * factor;
  }
}
