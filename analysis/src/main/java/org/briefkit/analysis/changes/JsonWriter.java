package org.briefkit.analysis.changes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a tree of maps (in their iteration order), lists, texts, numbers, booleans and nulls as
 * JSON (RFC 8259), indented by two spaces. Every character that could drive a terminal (control
 * characters, line and paragraph separators, bidirectional controls) is written as a {@code \}
 * {@code u} escape, so the text is safe to print as it is.
 */
final class JsonWriter {
  private JsonWriter() {}

  /** {@code value} as JSON, ending with a line break. */
  static String write(Object value) {
    StringBuilder b = new StringBuilder();
    value(value, "", b);
    return b.append('\n').toString();
  }

  private static void value(Object value, String indent, StringBuilder b) {
    if (value == null) {
      b.append("null");
    } else if (value instanceof String s) {
      string(s, b);
    } else if (value instanceof Integer || value instanceof Boolean) {
      b.append(value);
    } else if (value instanceof Map<?, ?> m) {
      object(m, indent, b);
    } else if (value instanceof List<?> l) {
      array(l, indent, b);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> m, String indent, StringBuilder b) {
    if (m.isEmpty()) {
      b.append("{}");
      return;
    }
    String inner = indent + "  ";
    b.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      b.append(inner);
      string((String) e.getKey(), b);
      b.append(": ");
      value(e.getValue(), inner, b);
      b.append(++i < m.size() ? ",\n" : "\n");
    }
    b.append(indent).append('}');
  }

  private static void array(List<?> l, String indent, StringBuilder b) {
    if (l.isEmpty()) {
      b.append("[]");
      return;
    }
    String inner = indent + "  ";
    b.append("[\n");
    for (int i = 0; i < l.size(); i++) {
      b.append(inner);
      value(l.get(i), inner, b);
      b.append(i + 1 < l.size() ? ",\n" : "\n");
    }
    b.append(indent).append(']');
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029
              || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
