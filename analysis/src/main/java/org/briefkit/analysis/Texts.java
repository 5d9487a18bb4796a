package org.briefkit.analysis;

import java.util.List;

/** Small helpers for the English sentences of findings and gaps. */
final class Texts {
  private Texts() {}

  /** "A", "A and B", "A, B and C". */
  static String joinAnd(List<String> parts) {
    int n = parts.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, n - 1)) + " and " + parts.get(n - 1);
  }

  /** "1 motivation", "3 motivations". */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** "1 motivation", "3 motivations". */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** The possessive of a name: "NATO's", "the Allies'". */
  static String possessive(String name) {
    return name.endsWith("s") ? name + "'" : name + "'s";
  }

  /**
   * A list of names for a sentence: "A, B and C", or "A; B; C" when a name has its own "and"
   * or comma ("Non-proliferation and CBRN defence"), so that the reader can tell the names apart.
   */
  static String list(List<String> names) {
    for (String n : names) {
      if (n.contains(" and ") || n.contains(",") || n.contains(";")) {
        return String.join("; ", names);
      }
    }
    return joinAnd(names);
  }
}
