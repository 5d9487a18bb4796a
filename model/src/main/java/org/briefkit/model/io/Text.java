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

  /** The size limit as people say it: "16 MiB (16777216 bytes)". */
  static String describeLimit(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB (" + bytes + " bytes)";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB (" + bytes + " bytes)";
    }
    return bytes + " bytes";
  }

  static String tooLarge(long limit) {
    return "the file is larger than the limit of " + describeLimit(limit);
  }

  /** Decodes {@code bytes} as strict UTF-8, or reports why not and returns empty. */
  static Optional<String> decode(byte[] bytes, Problems problems) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      problems.add(Pos.START, "the file is UTF-16 text; case files must be UTF-8");
      return Optional.empty();
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.add(position(bytes, start, i), "the file is binary, not text (it contains a NUL byte)");
        return Optional.empty();
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      problems.add(
          position(bytes, start, at),
          String.format(
              Locale.ROOT,
              "the file is not valid UTF-8 (byte 0x%02X cannot be decoded); save it as UTF-8",
              bytes[at] & 0xFF));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
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
