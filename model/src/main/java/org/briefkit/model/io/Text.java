package org.briefkit.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.model.io.Tree.Pos;

/** Turns the bytes of a file into text, refusing what is not UTF-8 text with one located problem. */
final class Text {
  private Text() {}

  /** The size limit as people say it: "32 MiB (33554432 bytes)". */
  static String describeLimit(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB (" + bytes + " bytes)";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB (" + bytes + " bytes)";
    }
    return bytes + " bytes";
  }

  /** A file's size as people say it: "3221225472 bytes (3.0 GiB)", "10 bytes". */
  static String describeSize(long bytes) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%d bytes (%.1f %s)", bytes, v, units[u]);
  }

  static String tooLarge(long limit) {
    return "the file is larger than the limit of " + describeLimit(limit);
  }

  /** "the file is 68247874 bytes (65.1 MiB), over the limit of 32 MiB (33554432 bytes)". */
  static String tooLarge(long size, long limit) {
    return "the file is " + describeSize(size) + ", over the limit of " + describeLimit(limit);
  }

  /** What keeps bytes from being UTF-8 text. */
  enum Flaw {
    /** None: the bytes are UTF-8 text. */
    NONE,
    /** A UTF-16 byte-order mark. */
    UTF16,
    /** A NUL byte: binary, not text. */
    NUL,
    /** A byte that cannot be decoded. */
    MALFORMED
  }

  /**
   * Bytes decoded as strict UTF-8, or why they cannot be.
   *
   * @param text the text, a byte-order mark dropped; empty unless {@code flaw} is NONE
   * @param flaw what is wrong, if anything
   * @param start where the text starts (3 after a byte-order mark)
   * @param at the offset of the offending byte
   */
  record Decoded(String text, Flaw flaw, int start, int at) {}

  /** Decodes {@code bytes} as strict UTF-8: a byte-order mark dropped, UTF-16, NUL and malformed bytes told. */
  static Decoded strict(byte[] bytes) {
    Decoded checked = check(bytes);
    if (checked.flaw() != Flaw.NONE) {
      return checked;
    }
    int start = checked.start();
    return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), Flaw.NONE, start, 0);
  }

  /**
   * Checks that {@code bytes} are strict UTF-8 text, as {@link #strict} does, without keeping the
   * text: the result's text is always empty. Decodes through a small buffer, so that checking a
   * large file takes no memory of its size.
   */
  static Decoded check(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      return new Decoded("", Flaw.UTF16, 0, 0);
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Decoded("", Flaw.NUL, start, i);
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
    } while (result.isOverflow());
    if (!result.isError()) {
      do {
        out.clear();
        result = decoder.flush(out);
      } while (result.isOverflow());
    }
    if (result.isError()) {
      return new Decoded("", Flaw.MALFORMED, start, in.position());
    }
    return new Decoded("", Flaw.NONE, start, 0);
  }

  /** The text in {@code bytes}, strict UTF-8, or empty after reporting why they are not. */
  static Optional<FileText> decode(byte[] bytes, Problems problems) {
    Decoded d = check(bytes);
    switch (d.flaw()) {
      case UTF16:
        problems.add(Pos.START, "the file is UTF-16 text; case files must be UTF-8");
        return Optional.empty();
      case NUL:
        problems.add(position(bytes, d.start(), d.at()), "the file is binary, not text (it contains a NUL byte)");
        return Optional.empty();
      case MALFORMED:
        problems.add(
            position(bytes, d.start(), d.at()),
            String.format(
                Locale.ROOT,
                "the file is not valid UTF-8 (byte 0x%02X cannot be decoded); save it as UTF-8",
                bytes[d.at()] & 0xFF));
        return Optional.empty();
      default:
        return Optional.of(FileText.of(bytes, d.start()));
    }
  }

  /** The line and column of byte {@code at}, counting characters by their first bytes. */
  private static Pos position(byte[] bytes, int start, int at) {
    int line = 1;
    int column = 1;
    for (int i = start; i < at; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Pos(line, column);
  }
}
