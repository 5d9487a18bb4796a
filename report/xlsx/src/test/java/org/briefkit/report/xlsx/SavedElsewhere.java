package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * A workbook as other tools save it: by openpyxl (Debian's {@code python3-openpyxl}, run by
 * {@code /usr/bin/python3}), or as openpyxl and pandas leave formula cells without it: with
 * their cached values emptied.
 */
final class SavedElsewhere {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private SavedElsewhere() {}

  /**
   * {@code workbook} opened and saved by openpyxl, changing nothing. Skips the test where
   * openpyxl is missing, but fails it when the environment variable CI is set.
   */
  static byte[] byOpenpyxl(byte[] workbook) throws IOException, InterruptedException {
    requireOpenpyxl();
    Path dir = Files.createTempDirectory("openpyxl");
    try {
      Path in = Files.write(dir.resolve("in.xlsx"), workbook);
      Path out = dir.resolve("out.xlsx");
      Process p = new ProcessBuilder(PYTHON.toString(), "-W", "ignore", "-c",
          "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])",
          in.toString(), out.toString())
          .redirectErrorStream(true)
          .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail("openpyxl did not save the workbook: " + output);
      }
      return Files.readAllBytes(out);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static void requireOpenpyxl() throws IOException, InterruptedException {
    boolean available = false;
    if (Files.isExecutable(PYTHON)) {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import openpyxl").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
    if (!available && System.getenv("CI") != null) {
      fail("openpyxl is missing: install python3-openpyxl (Debian) for /usr/bin/python3");
    }
    Assumptions.assumeTrue(available, "openpyxl is missing (/usr/bin/python3 -c 'import openpyxl')");
  }

  /** Formula cells with a cached value: {@code <c ...><f>...</f><v>...</v></c>}, as POI writes them. */
  private static final Pattern FORMULA_CELL =
      Pattern.compile("<c ([^>]*)><f>([^<]*)</f><v>[^<]*</v></c>");

  /**
   * {@code workbook} with every formula cell's cached value emptied and its type dropped, as
   * openpyxl saves a formula: {@code <c r="B2"><f>...</f><v></v></c>}.
   */
  static byte[] withoutCachedValues(byte[] workbook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
          Matcher m = FORMULA_CELL.matcher(new String(data, StandardCharsets.UTF_8));
          data = m.replaceAll(r -> Matcher.quoteReplacement(
              "<c " + r.group(1).replaceAll(" ?t=\"[a-zA-Z]+\"", "") + "><f>" + r.group(2) + "</f><v></v></c>"))
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
