package org.briefkit.report.xlsx;

import java.io.OutputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Writes a workbook in a JVM of its own and prints, one {@code key=value} a line, every system
 * property the write added or changed; prints nothing when the write leaves them as they were.
 * Run by {@link PoiRuntimeTest}.
 */
public final class GlobalStateMain {
  private GlobalStateMain() {}

  /** Takes no arguments. */
  public static void main(String[] args) throws Exception {
    // The JDK records its font manager and the default time zone in properties when they are
    // first used (POI measures text with AWT fonts and reads the default zone): use them
    // first, so that only what the write itself sets shows.
    new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10)
        .getStringBounds("x", new java.awt.font.FontRenderContext(null, false, false));
    java.util.TimeZone.getDefault();
    Map<String, String> before = copy(System.getProperties());
    ExcelWorkbook.of(TestCases.FIXED).write(TestCases.rich(), OutputStream.nullOutputStream());
    Map<String, String> after = copy(System.getProperties());
    after.entrySet().removeAll(before.entrySet());
    after.forEach((k, v) -> System.out.println(k + "=" + v));
  }

  private static Map<String, String> copy(Properties p) {
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }
}
