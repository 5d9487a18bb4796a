package org.briefkit.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a source a piece of evidence is found: a paragraph, a page or a section.
 *
 * <p>Paragraphs and pages are numbers from 1 ({@code 4}) or ranges of them ({@code 4-5});
 * sections are numbers with dots ({@code 2}, {@code 2.3}, {@code 2.3.1}), an annex letter
 * optionally followed by numbers ({@code A}, {@code A.2}), or a range of those ({@code
 * 2.1-2.4}, {@code A-C}). A range never ends before it starts; annexes come after the numbered
 * sections.
 *
 * <p>Case files write it as {@code para 4}, {@code p. 12} or {@code section 2}; readers see
 * "¶4", "p. 12", "§2".
 *
 * @param kind what is counted
 * @param value the number, section or range, such as {@code 4}, {@code 2.3} or {@code 4-5}
 */
public record Locator(Kind kind, String value) {
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
  private static final Pattern SECTION = Pattern.compile("(?:[0-9]{1,9}|[A-Z])(?:\\.[0-9]{1,9})*");
  private static final Pattern FORM =
      Pattern.compile(
          "(para(?:graph)?s?\\.?|¶|pp?\\.|pages?|§|sec(?:tion)?\\.?)\\s*(\\S+)",
          Pattern.CASE_INSENSITIVE);

  /** What a locator counts. */
  public enum Kind implements Keyed {
    /** Paragraphs, counted from the start of the body text. */
    PARAGRAPH,
    /** Printed pages. */
    PAGE,
    /** Numbered sections, and annexes by their letter. */
    SECTION
  }

  /** Checks the value's form. */
  public Locator {
    Objects.requireNonNull(kind, "kind must not be null");
    Texts.nonNull("locator", value);
    check(kind, value, form(kind, value));
  }

  /** A paragraph locator. */
  public static Locator paragraph(int number) {
    return new Locator(Kind.PARAGRAPH, Integer.toString(number));
  }

  /** A page locator. */
  public static Locator page(int number) {
    return new Locator(Kind.PAGE, Integer.toString(number));
  }

  /**
   * Parses {@code para 4}, {@code ¶4}, {@code paragraph 4-5}, {@code p. 12}, {@code pp. 3-4},
   * {@code page 12}, {@code §2.3}, {@code section 2} or {@code section A}.
   *
   * @throws IllegalArgumentException naming the text and the forms allowed
   */
  public static Locator parse(String text) {
    Matcher m = FORM.matcher(Texts.nonNull("locator", text).trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "locator ("
              + Texts.quote(text)
              + ") must be like \"para 4\", \"p. 12\" or \"section 2\"");
    }
    String unit = m.group(1).toLowerCase(Locale.ROOT);
    Kind kind =
        unit.startsWith("para") || unit.equals("¶")
            ? Kind.PARAGRAPH
            : unit.startsWith("p") ? Kind.PAGE : Kind.SECTION;
    String value = m.group(2).replace('–', '-');
    // Checked here as well as in the constructor, so that the message quotes what was written.
    check(kind, value, text);
    return new Locator(kind, value);
  }

  /**
   * Refuses a value that is not a number, section or range of {@code kind}; the message quotes
   * {@code written}.
   */
  private static void check(Kind kind, String value, String written) {
    int dash = value.indexOf('-');
    String start = dash < 0 ? value : value.substring(0, dash);
    String end = dash < 0 ? value : value.substring(dash + 1);
    Pattern form = kind == Kind.SECTION ? SECTION : NUMBER;
    if (!form.matcher(start).matches()
        || !form.matcher(end).matches()
        || Arrays.compare(order(start), order(end)) > 0) {
      throw new IllegalArgumentException(
          "locator (" + Texts.quote(written) + ") must give " + rule(kind)
              + " that does not end before it starts");
    }
  }

  private static String rule(Kind kind) {
    switch (kind) {
      case PARAGRAPH:
        return "a paragraph number from 1, or a range such as 4-5";
      case PAGE:
        return "a page number from 1, or a range such as 12-14";
      default:
        return "a section such as 2, 2.3 or A (an annex), or a range such as 2.1-2.4";
    }
  }

  /**
   * The position of a number or section in reading order: numbered parts first, then annexes
   * by letter, each part before its subsections.
   */
  private static long[] order(String designation) {
    String[] parts = designation.split("\\.");
    long[] key = new long[parts.length + 1];
    char first = parts[0].charAt(0);
    boolean annex = first >= 'A' && first <= 'Z';
    key[0] = annex ? 1 : 0;
    key[1] = annex ? first : Long.parseLong(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key[i + 1] = Long.parseLong(parts[i]);
    }
    return key;
  }

  /** Locators in reading order: by where they start, then where they end ("2" before "2.1", "2.1" before "A"). */
  public static final Comparator<Locator> READING_ORDER =
      Comparator.<Locator, long[]>comparing(l -> order(l.start()), Arrays::compare)
          .thenComparing(l -> order(l.end()), Arrays::compare);

  /** Where the place starts: the number or section itself, or the first of a range ("3" of 3-7). */
  public String start() {
    int dash = value.indexOf('-');
    return dash < 0 ? value : value.substring(0, dash);
  }

  /** Where the place ends: the number or section itself, or the last of a range ("7" of 3-7). */
  public String end() {
    int dash = value.indexOf('-');
    return dash < 0 ? value : value.substring(dash + 1);
  }

  /** The short citation form for readers: "¶4", "p. 12", "pp. 3–4", "§2". */
  public String cite() {
    String v = value.replace('-', '–');
    switch (kind) {
      case PARAGRAPH:
        return "¶" + v;
      case PAGE:
        return (value.contains("-") ? "pp. " : "p. ") + v;
      default:
        return "§" + v;
    }
  }

  /** The case-file form: {@code para 4}, {@code p. 12}, {@code section 2}. */
  @Override
  public String toString() {
    return form(kind, value);
  }

  private static String form(Kind kind, String value) {
    switch (kind) {
      case PARAGRAPH:
        return "para " + value;
      case PAGE:
        return "p. " + value;
      default:
        return "section " + value;
    }
  }
}
