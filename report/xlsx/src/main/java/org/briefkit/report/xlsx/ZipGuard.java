package org.briefkit.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Checks an untrusted .xlsx before it is read, with limits of its own (not POI's zip guards,
 * which are process-wide settings that an application may have loosened): the number of entries, the
 * size of each entry and of all of them once inflated, the inflation ratio of large entries
 * (zip bombs), and any document type declaration in the XML parts (external entities).
 *
 * @param maxFileBytes the largest workbook file accepted
 * @param maxEntries the most zip entries accepted
 * @param maxEntryBytes the largest inflated entry accepted
 * @param maxTotalBytes the largest inflated total accepted
 */
record ZipGuard(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes) {
  /** The limits used by {@link CaseWorkbook}: ample for any case a person writes. */
  static final ZipGuard STANDARD = new ZipGuard(128L << 20, 2_000, 512L << 20, 2L << 30);

  /** Below this inflated size, a high ratio is not suspicious (small repetitive parts). */
  private static final long RATIO_GRACE = 4L << 20;

  /** A ratio of inflated to compressed size above this marks a zip bomb. */
  private static final long MAX_RATIO = 200;

  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

  /** Reads at most {@link #maxFileBytes} from {@code in}; empty if there is more. */
  Optional<byte[]> readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
    return bytes.length > maxFileBytes ? Optional.empty() : Optional.of(bytes);
  }

  /** The first bytes of an OpenDocument package's {@code mimetype} entry. */
  private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

  /**
   * The reason the workbook must not be opened, if there is one: it is unsafe, damaged, or a zip
   * package of another kind (an OpenDocument spreadsheet, one that holds no spreadsheet).
   */
  Optional<String> check(byte[] workbook) {
    long total = 0;
    int entries = 0;
    boolean spreadsheet = false;
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zin = new ZipArchiveInputStream(new ByteArrayInputStream(workbook))) {
      ZipArchiveEntry e;
      while ((e = zin.getNextEntry()) != null) {
        if (++entries > maxEntries) {
          return Optional.of("the workbook has more than " + maxEntries + " zip entries; not read");
        }
        String name = e.getName();
        spreadsheet |= name.startsWith("xl/");
        if (name.equals("mimetype")) {
          String type = new String(zin.readNBytes(100), StandardCharsets.US_ASCII);
          if (type.startsWith(OPEN_DOCUMENT)) {
            return Optional.of(type.startsWith(OPEN_DOCUMENT + "spreadsheet")
                ? "the file is an OpenDocument spreadsheet (.ods): save it as .xlsx (Excel 2007-365) and try again"
                : "the file is an OpenDocument document (" + type.substring(OPEN_DOCUMENT.length()).trim()
                    + "), not an .xlsx workbook: " + WorkbookReader.SAVE_AS_XLSX);
          }
        }
        boolean xml = isXml(name);
        long size = 0;
        int carry = 0;
        byte[] window = new byte[buffer.length + 16];
        int n;
        while ((n = zin.read(buffer)) > 0) {
          size += n;
          total += n;
          if (size > maxEntryBytes) {
            return Optional.of(
                "zip entry " + name + " inflates to more than " + mib(maxEntryBytes)
                    + " (a zip bomb?); not read");
          }
          if (total > maxTotalBytes) {
            return Optional.of(
                "the workbook inflates to more than " + mib(maxTotalBytes) + " (a zip bomb?); not read");
          }
          long compressed = zin.getCompressedCount();
          if (size > RATIO_GRACE && compressed > 0 && size / compressed > MAX_RATIO) {
            return Optional.of(
                "zip entry " + name + " inflates more than " + MAX_RATIO
                    + " times (a zip bomb?); not read");
          }
          if (xml) {
            System.arraycopy(buffer, 0, window, carry, n);
            int len = carry + n;
            if (declares(window, len)) {
              return Optional.of(
                  "zip entry " + name + " declares a document type; external entities are not"
                      + " allowed in a workbook; not read");
            }
            carry = Math.min(len, 15);
            System.arraycopy(window, len - carry, window, 0, carry);
          }
        }
      }
    } catch (IOException | RuntimeException ex) {
      String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
      return Optional.of("the file is damaged (its zip package cannot be read: " + why + "): copy or save it again and"
          + " try again");
    }
    if (entries == 0) {
      return Optional.of("not an .xlsx workbook (the file is not a zip package): " + WorkbookReader.SAVE_AS_XLSX);
    }
    if (!spreadsheet) {
      return Optional.of("not an .xlsx workbook (the zip package holds no spreadsheet): " + WorkbookReader.SAVE_AS_XLSX);
    }
    return Optional.empty();
  }

  private static boolean isXml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
  }

  /** Whether {@code data} holds a declaration of a document type or an entity, in one pass. */
  private static boolean declares(byte[] data, int len) {
    for (int i = 0; i + 1 < len; i++) {
      if (data[i] == '<' && data[i + 1] == '!' && (at(data, len, i, DOCTYPE) || at(data, len, i, ENTITY))) {
        return true;
      }
    }
    return false;
  }

  private static boolean at(byte[] data, int len, int from, byte[] needle) {
    if (from + needle.length > len) {
      return false;
    }
    for (int j = 0; j < needle.length; j++) {
      if (data[from + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }

  /** A size for messages: whole MiB, or KiB below one MiB. */
  static String mib(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }
}
