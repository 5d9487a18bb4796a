package org.briefkit.analysis;

import com.google.common.collect.ImmutableMap;
import java.time.Period;
import java.util.List;
import org.briefkit.model.Messages;
import org.briefkit.model.PartialDate;

/**
 * The words the analysis generates (findings, weak spots, gaps, the findings of ACH matrices),
 * in a language: the bundles {@code analysis_en.properties} and {@code analysis_ko.properties}
 * beside this class, read through it so that they are found on the module path too.
 */
public final class AnalysisText {
  private static final ImmutableMap<String, Messages> ALL =
      Messages.all(AnalysisText.class::getResourceAsStream, "analysis");

  private AnalysisText() {}

  /** The analysis' messages in the language BriefKit generates for BCP 47 tag {@code language}. */
  public static Messages load(String language) {
    return Messages.of(ALL, language);
  }

  /** The possessive of a name: "NATO's", "the Allies'"; in Korean "나토의". */
  static String possessive(Messages t, String name) {
    return t.get(!t.korean() && name.endsWith("s") ? "possessive.s" : "possessive", name);
  }

  /**
   * A list of names for a sentence: "A, B and C", or "A; B; C" when a name has its own "and"
   * or comma ("Non-proliferation and CBRN defence"), so that the reader can tell the names apart.
   */
  static String names(Messages t, List<String> names) {
    for (String n : names) {
      if (n.contains(" and ") || n.contains(",") || n.contains(";")) {
        return String.join("; ", names);
      }
    }
    return t.list(names);
  }

  /** A date for a reader of {@code t}'s language: "29 June 2022", "2022년 6월 29일". */
  static String date(Messages t, PartialDate d) {
    return d.format(t.locale());
  }

  /** The period in words, no finer than the precision: "7 years", "1 year and 3 months"; "7년". */
  static String gap(Messages t, PartialDate.Precision precision, Period period) {
    List<String> parts = new java.util.ArrayList<>(3);
    if (period.getYears() != 0) {
      parts.add(t.count(period.getYears(), "gap.years"));
    }
    if (precision != PartialDate.Precision.YEAR && period.getMonths() != 0) {
      parts.add(t.count(period.getMonths(), "gap.months"));
    }
    if (precision == PartialDate.Precision.DAY && period.getDays() != 0) {
      parts.add(t.count(period.getDays(), "gap.days"));
    }
    if (parts.isEmpty()) {
      // Both dates fall in the same year (or month): the gap is under a year (or a month).
      switch (precision) {
        case YEAR:
          return t.get("gap.underYear");
        case MONTH:
          return t.get("gap.underMonth");
        default:
          return t.get("gap.none");
      }
    }
    return t.korean() ? String.join(" ", parts) : t.list(parts);
  }
}
