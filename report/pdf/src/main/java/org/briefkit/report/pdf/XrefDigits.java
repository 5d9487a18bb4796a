package org.briefkit.report.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Repairs the cross-reference table OpenPDF 2.0.5 writes under a default locale whose digits
 * are not ASCII (Arabic, say): it formats each entry with {@code String.format} in the default
 * locale and keeps only the low byte of each character, so "0000000000 65535 f" comes out as
 * "`````````` feece f" and readers reject the file. The first entry of a table always
 * stands for object 0 at offset zero, so its first byte is the locale's zero; every digit of
 * every entry is mapped back from there. Entries have a fixed width of 20 bytes, so offsets do
 * not move. With ASCII digits the bytes are returned unchanged.
 */
final class XrefDigits {
  private static final int ENTRY = 20;

  private XrefDigits() {}

  static byte[] repair(byte[] pdf) {
    int start = lastIndexOf(pdf, "\nxref\n".getBytes(StandardCharsets.US_ASCII));
    if (start < 0) {
      return pdf;
    }
    int p = start + 6;
    int lineEnd = indexOf(pdf, (byte) '\n', p);
    if (lineEnd < 0) {
      return pdf;
    }
    String header = new String(pdf, p, lineEnd - p, StandardCharsets.US_ASCII).trim();
    String[] parts = header.split(" ");
    if (parts.length != 2 || !parts[0].equals("0") || !parts[1].matches("[0-9]+")) {
      return pdf;
    }
    int count = Integer.parseInt(parts[1]);
    int first = lineEnd + 1;
    if (first + count * ENTRY > pdf.length || pdf[first] == '0') {
      return pdf;
    }
    int zero = pdf[first] & 0xFF;
    byte[] out = pdf.clone();
    for (int e = 0; e < count; e++) {
      int at = first + e * ENTRY;
      for (int i = 0; i < 16; i++) {
        if (i == 10) {
          continue;
        }
        int b = out[at + i] & 0xFF;
        if (b >= zero && b <= zero + 9) {
          out[at + i] = (byte) ('0' + b - zero);
        }
      }
    }
    return out;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] a, byte[] needle) {
    outer:
    for (int i = a.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (a[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
