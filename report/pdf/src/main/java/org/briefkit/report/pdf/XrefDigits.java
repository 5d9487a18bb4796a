package org.briefkit.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the cross-reference table OpenPDF 2.0.5 writes under a default locale whose digits
 * are not ASCII (Arabic, say): it formats each entry with {@code String.format} in the default
 * locale and keeps only the low byte of each character, so "0000000000 65535 f" comes out as
 * "`````````` feece f" and readers reject the file. The first entry of a table always
 * stands for object 0 at offset zero, so its first byte is the locale's zero; every digit of
 * every entry is mapped back from there. Entries have a fixed width of 20 bytes, so offsets do
 * not move. With ASCII digits the bytes are returned unchanged.
 *
 * <p>As a stream it passes the document through as it is written and holds back only what
 * follows the last {@code "\nxref\n"} seen (the table and the trailer, some 20 bytes an
 * object), so that a brief of 13,000 pages is not held whole in memory to mend its last
 * bytes. Should the marker also occur inside a binary stream, what it held is passed on when
 * the next one comes.
 */
final class XrefDigits extends OutputStream {
  private static final int ENTRY = 20;
  private static final byte[] MARKER = "\nxref\n".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] pending = new byte[MARKER.length];
  private int matched;
  private ByteArrayOutputStream tail;

  private XrefDigits(OutputStream out) {
    this.out = out;
  }

  /** A stream writing to {@code out} what is written to it, the table mended on {@link #finish}. */
  static XrefDigits around(OutputStream out) {
    return new XrefDigits(out);
  }

  @Override
  public void write(int b) throws IOException {
    feed((byte) b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int end = off + len;
    int run = off; // the first byte not yet passed on
    for (int i = off; i < end; i++) {
      if (matched > 0 || b[i] == MARKER[0]) {
        if (i > run) {
          sink().write(b, run, i - run);
        }
        run = i + 1;
        feed(b[i]);
      }
    }
    if (end > run) {
      sink().write(b, run, end - run);
    }
  }

  /** Writes what was held back, mended, to the underlying stream, which is left open. */
  void finish() throws IOException {
    sink().write(pending, 0, matched);
    matched = 0;
    if (tail != null) {
      out.write(repair(tail.toByteArray()));
      tail = null;
    }
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  private void feed(byte b) throws IOException {
    if (b == MARKER[matched]) {
      pending[matched++] = b;
      if (matched == MARKER.length) {
        if (tail != null) {
          tail.writeTo(out);
        }
        tail = new ByteArrayOutputStream(1 << 16);
        tail.write(MARKER);
        matched = 0;
      }
      return;
    }
    sink().write(pending, 0, matched);
    matched = 0;
    if (b == MARKER[0]) { // the marker's only border is its first byte
      pending[matched++] = b;
    } else {
      sink().write(b);
    }
  }

  private OutputStream sink() {
    return tail != null ? tail : out;
  }

  static byte[] repair(byte[] pdf) {
    int start = lastIndexOf(pdf, MARKER);
    if (start < 0) {
      return pdf;
    }
    int p = start + MARKER.length;
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
