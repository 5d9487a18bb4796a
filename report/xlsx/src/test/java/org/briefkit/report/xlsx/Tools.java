package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The other programs some tests open the workbooks with. A tool that is missing skips its
 * tests, except when the environment variable {@code CI} is set, as {@code .ci/run} sets it:
 * then they fail.
 */
final class Tools {
  /** Debian's Python, which sees {@code python3-openpyxl} (a pyenv's {@code python3} does not). */
  static final Path PYTHON = Path.of("/usr/bin/python3");

  private Tools() {}

  /** Skips the tests of a missing tool, or fails them in CI, where every tool must be there. */
  static void require(String tool, Optional<String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    String ci = System.getenv("CI");
    if (ci != null && !ci.isEmpty()) {
      fail(tool + " is missing in CI: " + missing.get());
    }
    Assumptions.abort(tool + " is missing: " + missing.get());
  }

  /** What is missing to run openpyxl, if anything. */
  static Optional<String> openpyxlMissing() throws InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      return Optional.of(PYTHON + " not found (install python3-openpyxl)");
    }
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import openpyxl").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? Optional.empty() : Optional.of(PYTHON + " cannot import openpyxl (install python3-openpyxl): " + out.strip());
    } catch (IOException e) {
      return Optional.of(PYTHON + ": " + e.getMessage());
    }
  }
}
