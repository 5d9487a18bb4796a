package org.briefkit.report.pdf.tag;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Marks as an artifact every painting operator of a content stream that no marked-content
 * sequence encloses: a path from its first segment to the operator that paints it, an XObject
 * ({@code Do}), a shading ({@code sh}), an inline image, a text-showing operator. What is
 * enclosed (the tagged text and figures) is left as it is, and every wrapper starts and ends in
 * the same place relative to text objects and saved graphics states, so that sequences nest.
 *
 * <p>Rules, cell fills and borders, badge backgrounds, the running header and footer: none of
 * them is tagged as content, so a screen reader skips them, as PDF/UA requires.
 */
final class ArtifactMarking {
  private static final byte[] OPEN = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = "\nEMC".getBytes(StandardCharsets.US_ASCII);

  private final byte[] in;
  private final int length;
  private int pos;

  private ArtifactMarking(byte[] in, int length) {
    this.in = in;
    this.length = length;
  }

  /**
   * The first {@code length} bytes of content stream {@code in}, with what it paints outside
   * marked content wrapped in {@code /Artifact BMC ... EMC}; {@code null} if nothing needed to be.
   */
  static byte[] mark(byte[] in, int length) {
    return new ArtifactMarking(in, length).run();
  }

  private byte[] run() {
    ByteArrayOutputStream out = null;
    int copied = 0;
    int depth = 0;
    int operands = -1;
    int path = -1;
    while (true) {
      skipBlanks();
      if (pos >= length) {
        break;
      }
      int start = pos;
      String operator = token();
      if (operator == null) {
        if (operands < 0) {
          operands = start;
        }
        continue;
      }
      int from = operands < 0 ? start : operands;
      operands = -1;
      int wrapFrom = -1;
      switch (operator) {
        case "BMC", "BDC" -> depth++;
        case "EMC" -> depth = Math.max(0, depth - 1);
        case "m", "l", "c", "v", "y", "h", "re", "W", "W*" -> {
          if (path < 0) {
            path = from;
          }
        }
        case "n" -> path = -1;
        case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*" -> {
          wrapFrom = path < 0 ? from : path;
          path = -1;
        }
        case "Do", "sh", "Tj", "TJ", "'", "\"" -> wrapFrom = from;
        case "BI" -> {
          skipInlineImage();
          wrapFrom = from;
        }
        default -> { }
      }
      if (wrapFrom >= 0 && depth == 0) {
        if (out == null) {
          out = new ByteArrayOutputStream(length + 256);
        }
        out.write(in, copied, wrapFrom - copied);
        out.writeBytes(OPEN);
        out.write(in, wrapFrom, pos - wrapFrom);
        out.writeBytes(CLOSE);
        copied = pos;
      }
    }
    if (out == null) {
      return null;
    }
    out.write(in, copied, length - copied);
    return out.toByteArray();
  }

  private void skipBlanks() {
    while (pos < length) {
      byte b = in[pos];
      if (b == '%') {
        while (pos < length && in[pos] != '\n' && in[pos] != '\r') {
          pos++;
        }
      } else if (isBlank(b)) {
        pos++;
      } else {
        return;
      }
    }
  }

  /** Reads one token: the operator's name, or null for an operand (which is skipped). */
  private String token() {
    byte b = in[pos];
    switch (b) {
      case '(' -> {
        skipString();
        return null;
      }
      case '<' -> {
        if (pos + 1 < length && in[pos + 1] == '<') {
          pos += 2;
          skipDictionary();
        } else {
          while (pos < length && in[pos] != '>') {
            pos++;
          }
          pos++;
        }
        return null;
      }
      case '[' -> {
        pos++;
        skipUntil(']');
        return null;
      }
      case '/' -> {
        pos++;
        skipRegular();
        return null;
      }
      default -> {
        int start = pos;
        skipRegular();
        if (pos == start) {
          // a stray delimiter: skip it
          pos++;
          return null;
        }
        byte first = in[start];
        if (first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9')) {
          return null;
        }
        String word = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        return word.equals("true") || word.equals("false") || word.equals("null") ? null : word;
      }
    }
  }

  private void skipString() {
    int nesting = 0;
    while (pos < length) {
      byte b = in[pos++];
      if (b == '\\') {
        pos++;
      } else if (b == '(') {
        nesting++;
      } else if (b == ')' && --nesting == 0) {
        return;
      }
    }
  }

  private void skipDictionary() {
    while (true) {
      skipBlanks();
      if (pos >= length) {
        return;
      }
      if (in[pos] == '>' && pos + 1 < length && in[pos + 1] == '>') {
        pos += 2;
        return;
      }
      token();
    }
  }

  private void skipUntil(char close) {
    while (true) {
      skipBlanks();
      if (pos >= length) {
        return;
      }
      if (in[pos] == close) {
        pos++;
        return;
      }
      token();
    }
  }

  private void skipRegular() {
    while (pos < length && !isBlank(in[pos]) && !isDelimiter(in[pos])) {
      pos++;
    }
  }

  /** Skips an inline image's dictionary and data, up to and including its EI. */
  private void skipInlineImage() {
    while (pos + 2 < length) {
      if (isBlank(in[pos]) && in[pos + 1] == 'E' && in[pos + 2] == 'I'
          && (pos + 3 >= length || isBlank(in[pos + 3]))) {
        pos += 3;
        return;
      }
      pos++;
    }
    pos = length;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
  }

  private static boolean isDelimiter(byte b) {
    return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']'
        || b == '{' || b == '}' || b == '/' || b == '%';
  }
}
