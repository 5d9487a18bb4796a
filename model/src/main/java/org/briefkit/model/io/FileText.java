package org.briefkit.model.io;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The text of a case file, kept as its UTF-8 bytes (checked already) rather than as a string: a
 * large file with one character outside Latin-1 would take two bytes a character as a Java
 * string, and three times its size while being decoded. The parser reads it as a stream; a
 * scalar's source is decoded when a place in it is asked for ({@link FileLocator}), by its
 * code-point indexes, which a sparse index of byte offsets finds without decoding what comes
 * before.
 */
final class FileText {
  /** Every this many code points, the byte offset is kept. */
  private static final int STEP = 1024;

  private final byte[] bytes;
  private final int start;
  /** The byte offset of every {@link #STEP}th code point, made on first use. */
  private int[] marks;

  private FileText(byte[] bytes, int start) {
    this.bytes = bytes;
    this.start = start;
  }

  /** The text in {@code bytes}, strict UTF-8 from {@code start} (after a byte-order mark). */
  static FileText of(byte[] bytes, int start) {
    return new FileText(bytes, start);
  }

  /** The text {@code text}. */
  static FileText of(String text) {
    return new FileText(text.getBytes(StandardCharsets.UTF_8), 0);
  }

  /** The text as characters, for the parser. */
  Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8);
  }

  /** The text's size in bytes. */
  long size() {
    return bytes.length - start;
  }

  /** Whether the text is empty or white space only (ASCII white space: YAML's). */
  boolean isBlank() {
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The text from code point {@code from} to code point {@code to} (exclusive), clamped to the text. */
  synchronized String codePoints(int from, int to) {
    int a = offsetOf(from);
    int b = to <= from ? a : skip(a, to - from);
    return new String(bytes, a, b - a, StandardCharsets.UTF_8);
  }

  private int offsetOf(int codePoint) {
    if (marks == null) {
      int count = 0;
      int[] found = new int[(bytes.length - start) / STEP + 2];
      int n = 0;
      for (int i = start; i < bytes.length; i++) {
        if ((bytes[i] & 0xC0) != 0x80) {
          if (count % STEP == 0) {
            found[n++] = i;
          }
          count++;
        }
      }
      marks = java.util.Arrays.copyOf(found, Math.max(n, 1));
      if (n == 0) {
        marks[0] = start;
      }
    }
    int mark = Math.min(codePoint / STEP, marks.length - 1);
    return skip(marks[mark], codePoint - mark * STEP);
  }

  /** The byte offset {@code count} code points after the one starting at byte {@code from}. */
  private int skip(int from, int count) {
    int i = from;
    for (int n = 0; n < count && i < bytes.length; n++) {
      i++;
      while (i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
        i++;
      }
    }
    return i;
  }
}
