package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Colour;

/**
 * The data of a category chart: named categories (the domains, the drivers) and one series per
 * stakeholder or status, each with its colour and one value per category.
 *
 * @param categories the category labels, in display order
 * @param series the series, in legend order
 */
public record SeriesData(ImmutableList<String> categories, ImmutableList<SeriesData.Series> series) {

  /** Copies the lists and checks that every series has one value per category. */
  public SeriesData {
    categories = ImmutableList.copyOf(categories);
    series = ImmutableList.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series " + s.name() + " has " + s.values().size() + " values for "
                + categories.size() + " categories");
      }
    }
  }

  /** Whether every value is zero (or there is nothing at all). */
  public boolean isEmpty() {
    return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
  }

  /**
   * One series.
   *
   * @param name the name shown in the legend
   * @param colour its colour
   * @param values one value per category
   */
  public record Series(String name, Colour colour, ImmutableList<Double> values) {
    /** Checks the parts and copies the values. */
    public Series {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(colour, "colour must not be null");
      values = ImmutableList.copyOf(values);
    }
  }
}
