package org.briefkit.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefkit.model.Suggestions;

/**
 * One of a dataset's filters on names (suppliers, recipients, countries, event types): which
 * values it lets through, ignoring case, and which of its values let nothing through, with the
 * nearest value the file holds, since a filter that matches nothing is most often misspelt.
 */
final class Filter {
  /** At most this many distinct values are remembered for suggestions, to bound memory. */
  private static final int SEEN_LIMIT = 10_000;

  private final String field;
  private final List<String> values;
  private final Set<String> wanted = new LinkedHashSet<>();
  private final Set<String> matched = new LinkedHashSet<>();
  private final Set<String> seen = new LinkedHashSet<>();

  Filter(String field, List<String> values) {
    this.field = field;
    this.values = values;
    values.forEach(v -> wanted.add(v.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code value} passes: always when the filter is empty. */
  boolean test(String value) {
    if (seen.size() < SEEN_LIMIT) {
      seen.add(value);
    }
    if (wanted.isEmpty()) {
      return true;
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (wanted.contains(v)) {
      matched.add(v);
      return true;
    }
    return false;
  }

  /** A problem for each value that matched no row, at {@code /datasets/N/field/i}. */
  List<DatasetProblem> unmatched(String dataset, String file) {
    List<DatasetProblem> problems = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (!matched.contains(v.toLowerCase(Locale.ROOT))) {
        problems.add(
            new DatasetProblem(
                dataset + "/" + field + "/" + i, "",
                field + " \"" + v + "\" matches no row of " + file + Suggestions.didYouMean(v, seen)));
      }
    }
    return problems;
  }
}
