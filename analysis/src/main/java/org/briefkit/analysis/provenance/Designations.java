package org.briefkit.analysis.provenance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section designations in headings: "2", "2.3", "2.3.1", "A", "A.2", as a section locator
 * writes them.
 *
 * <p>A heading opens a section when its text starts with a designation: after "Section",
 * "Chapter", "Annex", "Appendix" or "§" any designation ("Annex A", "§ 4 Scope", "Section 2.3:
 * Cyber"); without such a word, a number of at most three digits with its subsections ("2
 * Background", "2. Background", "2.3 Cyber") or a letter followed by subsections or by a full
 * stop ("A.2 Methods", "A. Methods"), then words. So "2022 in review", "A short history" and a
 * bare "12" (a page number in a text from a PDF) open no section.
 */
final class Designations {
  private static final String ANY = "(?:[0-9]{1,9}|[A-Z])(?:\\.[0-9]{1,9})*";
  private static final Pattern WITH_WORD =
      Pattern.compile("^(?:(?i:section|chapter|annex|appendix)\\s+|§\\s*)(" + ANY + ")\\.?(?=$|[\\s:)\\-–—])");
  private static final Pattern NUMBERED =
      Pattern.compile("^([0-9]{1,3}(?:\\.[0-9]{1,9})*)[.)]?\\s+(?=.*\\p{L})");
  private static final Pattern LETTERED =
      Pattern.compile("^([A-Z](?:\\.[0-9]{1,9})+)\\.?\\s+(?=.*\\p{L})|^([A-Z])[.)]\\s+(?=.*\\p{L})");

  private Designations() {}

  /** The designation a heading's text starts with, in canonical form ({@code 02.1} is {@code 2.1}). */
  static Optional<String> of(String heading) {
    String h = heading.strip();
    for (Pattern p : new Pattern[] {WITH_WORD, NUMBERED, LETTERED}) {
      Matcher m = p.matcher(h);
      if (m.find()) {
        return Optional.of(canonical(m.group(1) != null ? m.group(1) : m.group(2)));
      }
    }
    return Optional.empty();
  }

  /** {@code designation} without leading zeros in its numbers: {@code 02.01} is {@code 2.1}. */
  static String canonical(String designation) {
    String[] parts = designation.split("\\.");
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      b.append(b.length() == 0 ? "" : ".");
      b.append(part.chars().allMatch(Character::isDigit) ? Long.toString(Long.parseLong(part)) : part);
    }
    return b.toString();
  }

  /** Whether {@code sub} is a subsection of {@code section}, at any depth ({@code 2.3.1} of {@code 2}). */
  static boolean within(String sub, String section) {
    return sub.startsWith(section + ".");
  }
}
