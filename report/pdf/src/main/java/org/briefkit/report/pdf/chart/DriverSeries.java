package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.briefkit.analysis.DriverIndex;
import org.briefkit.analysis.DriverRow;
import org.briefkit.model.Colour;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * The driver index as chart series: each third party a category, each stakeholder a series of
 * the weight of its motivations that party drives.
 */
public final class DriverSeries {
  private DriverSeries() {}

  /** The series of {@code drivers}; labels go through {@code shown}. */
  public static SeriesData of(
      DriverIndex drivers, UnaryOperator<String> shown, Map<StakeholderId, Colour> colours) {
    List<String> cats = new ArrayList<>();
    for (DriverRow r : drivers.rows()) {
      cats.add(shown.apply(r.driver().name()));
    }
    List<SeriesData.Series> series = new ArrayList<>();
    for (Stakeholder st : drivers.stakeholders()) {
      List<Double> v = new ArrayList<>();
      for (DriverRow r : drivers.rows()) {
        v.add((double) drivers.cells().get(r.driver().id(), st.id()).weight());
      }
      series.add(new SeriesData.Series(shown.apply(st.shortName()), colours.get(st.id()), ImmutableList.copyOf(v)));
    }
    return new SeriesData(ImmutableList.copyOf(cats), ImmutableList.copyOf(series));
  }
}
