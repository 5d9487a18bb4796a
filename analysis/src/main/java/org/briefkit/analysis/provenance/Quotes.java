package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the quotes in an evidence text: the fragments between {@code "…"}, {@code “…”}, {@code
 * ‘…’}, {@code '…'} and {@code «…»}.
 *
 * <p>A straight quote mark, or a single one of either kind, opens a quote only at the start of
 * the text or after a space or opening punctuation, before a character that is not a space; it
 * closes one only after a character that is not a space, at the end or before a space or
 * punctuation. So the apostrophes of "NATO's", "Seoul’s" and "the members' views" are not quote
 * marks, while 'global pivotal state' is a quote. A quote opened by one kind of mark is closed
 * by the same kind (a double quote inside single quotes is part of the quote, and the other way
 * round); a mark that no mark closes opens nothing.
 */
public final class Quotes {
  private static final String OPENING_CONTEXT = "([{<“‘\"'«—–-/";
  private static final String CLOSING_CONTEXT = ".,;:!?)]}>—–-/”’\"'»…";
  private static final Pattern OMISSION = Pattern.compile("\\s*(?:\\[[^\\]]*\\]|…|\\.\\.\\.)\\s*");

  private Quotes() {}

  /** The quotes in {@code text}, in order; none when it quotes nothing. */
  public static ImmutableList<Quote> in(String text) {
    Objects.requireNonNull(text, "text must not be null");
    ImmutableList.Builder<Quote> quotes = ImmutableList.builder();
    int i = 0;
    while (i < text.length()) {
      String closers = closers(text, i);
      int close = closers.isEmpty() ? -1 : close(text, i, closers);
      if (close < 0) {
        i++;
        continue;
      }
      String inside = text.substring(i + 1, close);
      List<String> parts =
          Arrays.stream(OMISSION.split(inside)).map(String::strip).filter(p -> !p.isEmpty()).toList();
      if (!parts.isEmpty()) {
        quotes.add(new Quote(i, inside, ImmutableList.copyOf(parts)));
      }
      i = close + 1;
    }
    return quotes.build();
  }

  /** The marks that close a quote opened at {@code i}; empty if no quote opens there. */
  private static String closers(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '“':
        return "”\"";
      case '„':
        return "“”";
      case '«':
        return "»";
      case '"':
        return opens(text, i) ? "\"" : "";
      case '\'':
      case '‘':
        return opens(text, i) ? "'’" : "";
      default:
        return "";
    }
  }

  private static boolean opens(String text, int i) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || OPENING_CONTEXT.indexOf(text.charAt(i - 1)) >= 0;
    return before && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }

  /** The index of the mark that closes the quote opened at {@code open}, or -1. */
  private static int close(String text, int open, String closers) {
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (closers.indexOf(c) < 0) {
        continue;
      }
      boolean curly = c == '”' || c == '»' || c == '“';
      if (curly || closes(text, j)) {
        return j > open + 1 ? j : -1;
      }
    }
    return -1;
  }

  private static boolean closes(String text, int j) {
    boolean after = j + 1 == text.length() || Character.isWhitespace(text.charAt(j + 1)) || CLOSING_CONTEXT.indexOf(text.charAt(j + 1)) >= 0;
    return after && !Character.isWhitespace(text.charAt(j - 1));
  }

  /** The longest quote {@link #shown(String)} shows, in characters, before it cuts it. */
  public static final int SHOWN = 60;

  /**
   * {@code text} as a message shows a quote: in straight quote marks, on one line, cut at a word
   * with an ellipsis after about {@value #SHOWN} characters ({@code "primarily driven by an
   * interest in strengthening cooperation in the…"}).
   */
  public static String shown(String text) {
    return shown(text, SHOWN);
  }

  /** {@code text} shown as {@link #shown(String)} does, cut after about {@code limit} characters. */
  static String shown(String text, int limit) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() > limit) {
      int cut = line.lastIndexOf(' ', limit);
      line = line.substring(0, cut > limit / 2 ? cut : limit).stripTrailing() + "…";
    }
    return "\"" + line + "\"";
  }
}
