package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.ach.Level;
import org.briefkit.model.Credibility;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.briefkit.model.Source;

/**
 * The live formulas of an ACH sheet: the source's reliability looked up on the Sources sheet,
 * the item's credibility level, its weight, and each hypothesis' weighted inconsistency. They
 * compute what {@code org.briefkit.analysis.ach.Ach} computes, from the same {@link Level}
 * mapping; the workbook tests hold the two together.
 */
final class AchFormulas {
  private AchFormulas() {}

  /** The live formula of the computed column {@code key} in table {@code table}, for any of its rows. */
  static String formula(String key, String table, WorkbookText text) {
    return switch (key) {
      case AchSheet.RELIABILITY -> {
        CaseTable<?> sources = CaseTables.in(text).sources;
        yield "IFERROR(INDEX(" + sources.ref("reliability") + ",MATCH(" + thisRow(text, table, "source") + ","
            + sources.ref("id") + ",0))&\"\",\"\")";
      }
      case AchSheet.LEVEL -> {
        String grade = thisRow(text, table, "credibility") + "&\"\"";
        String reliability = thisRow(text, table, AchSheet.RELIABILITY);
        List<String> gradeKeys = new ArrayList<>();
        List<Level> gradeLevels = new ArrayList<>();
        for (Credibility g : Credibility.values()) {
          gradeKeys.add(g.key());
          gradeLevels.add(Level.of(g));
        }
        List<String> reliabilityKeys = new ArrayList<>();
        List<Level> reliabilityLevels = new ArrayList<>();
        for (Source.Reliability r : Source.Reliability.values()) {
          reliabilityKeys.add(r.key());
          reliabilityLevels.add(Level.of(r));
        }
        yield "IF(" + grade + "=\"\"," + levelOf(reliability, reliabilityKeys, reliabilityLevels) + ","
            + levelOf(grade, gradeKeys, gradeLevels) + ")";
      }
      case AchSheet.WEIGHT ->
          weightOf(thisRow(text, table, AchSheet.LEVEL)) + "*" + weightOf(thisRow(text, table, "relevance"));
      default -> throw new IllegalArgumentException("no formula for " + key);
    };
  }

  /** A structured reference to the column of {@code key} in the formula's own row. */
  private static String thisRow(WorkbookText text, String table, String key) {
    String header = AchSheet.header(text, key);
    return table + "[[#This Row],[" + header + "]]";
  }

  /** {@code IF(x="1","high",IF(...,"medium"))}: the level of each key that is not medium. */
  private static String levelOf(String value, List<String> keys, List<Level> levels) {
    StringBuilder f = new StringBuilder();
    int open = 0;
    for (Level l : List.of(Level.HIGH, Level.LOW)) {
      List<String> tests = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        if (levels.get(i) == l) {
          tests.add(value + "=\"" + keys.get(i) + "\"");
        }
      }
      if (!tests.isEmpty()) {
        f.append("IF(").append(tests.size() == 1 ? tests.get(0) : "OR(" + String.join(",", tests) + ")")
            .append(",\"").append(l.key()).append("\",");
        open++;
      }
    }
    return f.append('"').append(Level.MEDIUM.key()).append('"').append(")".repeat(open)).toString();
  }

  /** The weight of a low, medium or high cell: 1/√2, 1, √2. */
  private static String weightOf(String level) {
    return "IF(" + level + "=\"" + Relevance.HIGH.key() + "\",SQRT(2),IF(" + level + "=\""
        + Relevance.LOW.key() + "\",1/SQRT(2),1))";
  }

  /**
   * A hypothesis' weighted inconsistency: for each rating that counts against it (II, I), its
   * inconsistency times the sum of the weights of the items so rated.
   */
  static String scoreFormula(String table, String column, WorkbookText text) {
    StringBuilder f = new StringBuilder();
    for (Rating r : Rating.values()) {
      if (r.inconsistency() < 0) {
        f.append(r.inconsistency()).append("*SUMIF(").append(table).append('[').append(column)
            .append("],\"").append(r.key()).append("\",").append(table).append('[').append(AchSheet.header(text, AchSheet.WEIGHT))
            .append("])");
      }
    }
    return f.toString();
  }
}
