package org.briefkit.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a source a piece of evidence is found: a paragraph, a page or a section, each
 * a number or a range ({@code 4}, {@code 4-5}).
 *
 * <p>Case files write it as {@code para 4}, {@code p. 12} or {@code section 2}; readers see
 * "¶4", "p. 12", "§2".
 *
 * @param kind what is counted
 * @param value the number or range, such as {@code 4} or {@code 4-5}
 */
public record Locator(Kind kind, String value) {
  private static final Pattern VALUE = Pattern.compile("[0-9]+(?:-[0-9]+)?|[A-Za-z0-9.]+");
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
    /** Numbered sections. */
    SECTION
  }

  /** Checks the value's form. */
  public Locator {
    Objects.requireNonNull(kind, "kind must not be null");
    Texts.nonNull("locator", value);
    if (!VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "locator (" + Texts.quote(value) + ") must be a number or a range such as 4-5");
    }
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
   * {@code page 12}, {@code §2} or {@code section 2}.
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
    return new Locator(kind, m.group(2).replace('–', '-'));
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
