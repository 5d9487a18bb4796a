package org.briefkit.model.io;

import java.util.Optional;
import org.briefkit.model.io.Tree.Pos;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Style;

/**
 * Finds where a character of a scalar's value was written, by walking the scalar's source text
 * the way YAML reads it: quotes and a block scalar's header line are skipped, {@code ''} in
 * single quotes and escapes in double quotes ({@code \n}, {@code \u00e9}...) each stand for
 * what they produce, and the value's other non-blank characters are the source's own, in
 * order. Blanks are where YAML rewrites the most (line folding, indentation, chomping), so a
 * blank of the value is placed at the source blank it matches, or else at the next character.
 */
final class ScalarPlaces {
  private ScalarPlaces() {}

  /**
   * The place of the character at {@code offset} (a char index, {@code value().length()} for
   * just after the end) of {@code s}, whose source is {@code source.substring(from, to)}; empty
   * if the source does not read as the value.
   */
  static Optional<Pos> of(String source, int from, int to, Scalar s, int offset) {
    return new Walk(source, from, to, s).find(offset);
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** One walk through a scalar's source, keeping the line and column of where it is. */
  private static final class Walk {
    private final String source;
    private final int to;
    private final Scalar scalar;
    private final String value;
    private int i;
    private int line;
    private int column;

    Walk(String source, int from, int to, Scalar scalar) {
      this.source = source;
      this.to = Math.min(to, source.length());
      this.scalar = scalar;
      this.value = scalar.value();
      this.i = from;
      this.line = scalar.pos().line();
      this.column = scalar.pos().column();
    }

    Optional<Pos> find(int offset) {
      int end = to;
      switch (scalar.style()) {
        case SINGLE_QUOTED, DOUBLE_QUOTED -> {
          advance(1); // the opening quote
          end = to - 1; // the closing one
        }
        case LITERAL, FOLDED -> {
          while (i < to && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            advance(1); // the header: indicators and perhaps a comment
          }
          advance(source.startsWith("\r\n", i) ? 2 : 1);
        }
        default -> {}
      }
      int v = 0; // the next character of the value to place
      Pos after = here();
      while (i < end) {
        Pos at = here();
        String produced;
        int length;
        char c = source.charAt(i);
        if (scalar.style() == Style.SINGLE_QUOTED && source.startsWith("''", i)) {
          produced = "'";
          length = 2;
        } else if (scalar.style() == Style.DOUBLE_QUOTED && c == '\\' && i + 1 < end) {
          length = escapeLength(source.charAt(i + 1));
          produced = unescape(source.substring(i, Math.min(i + length, end)));
          if (produced == null) {
            return Optional.empty();
          }
        } else {
          length = Character.charCount(source.codePointAt(i));
          produced = source.substring(i, i + length);
        }
        advance(length);
        for (int k = 0; k < produced.length(); k++) {
          char p = produced.charAt(k);
          if (blank(p)) {
            if (v < value.length() && value.charAt(v) == p) {
              if (v == offset) {
                return Optional.of(at);
              }
              v++;
              after = here();
            }
            continue; // a blank of the source the value does not have: indentation, a fold
          }
          int firstBlank = v;
          while (v < value.length() && blank(value.charAt(v))) {
            v++; // blanks of the value that no source blank matched: placed here
          }
          if (v >= value.length() || value.charAt(v) != p) {
            return Optional.empty();
          }
          if (offset >= firstBlank && offset <= v) {
            return Optional.of(at);
          }
          v++;
          after = here();
        }
      }
      return Optional.of(after);
    }

    private Pos here() {
      return new Pos(line, column);
    }

    /** Moves over {@code chars} characters of the source, counting lines and code points. */
    private void advance(int chars) {
      int stop = Math.min(i + chars, source.length());
      while (i < stop) {
        char c = source.charAt(i);
        if (c == '\n' || c == '\r' && !source.startsWith("\n", i + 1)) {
          line++;
          column = 1;
        } else if (c != '\r' && !Character.isLowSurrogate(c)) {
          column++;
        }
        i++;
      }
    }

    /** The length of the escape whose letter is {@code letter}, backslash included. */
    private static int escapeLength(char letter) {
      return switch (letter) {
        case 'x' -> 4;
        case 'u' -> 6;
        case 'U' -> 10;
        case '\n', '\r' -> 1; // an escaped line break: the break is read as a blank
        default -> 2;
      };
    }

    /** What an escape stands for, or null if it is none. */
    private static String unescape(String escape) {
      if (escape.length() == 1) {
        return "";
      }
      char letter = escape.charAt(1);
      if (letter == 'x' || letter == 'u' || letter == 'U') {
        try {
          return new String(Character.toChars(Integer.parseInt(escape.substring(2), 16)));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      return switch (letter) {
        case '0' -> "\0";
        case 'a' -> "\u0007";
        case 'b' -> "\b";
        case 't', '\t' -> "\t";
        case 'n' -> "\n";
        case 'v' -> "\u000B";
        case 'f' -> "\f";
        case 'r' -> "\r";
        case 'e' -> "\u001B";
        case ' ' -> " ";
        case '"' -> "\"";
        case '/' -> "/";
        case '\\' -> "\\";
        case 'N' -> "\u0085";
        case '_' -> "\u00A0";
        case 'L' -> "\u2028";
        case 'P' -> "\u2029";
        default -> null;
      };
    }
  }
}
