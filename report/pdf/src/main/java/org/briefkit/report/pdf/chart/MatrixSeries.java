package org.briefkit.report.pdf.chart;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.model.Colour;
import org.briefkit.model.Domain;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * The stakeholder × domain matrix as chart series: the domains are the categories, each
 * stakeholder a series in its colour. Labels go through {@code shown}, which drops what the
 * chart font cannot draw.
 */
public final class MatrixSeries {
  private MatrixSeries() {}

  /** The salience-weighted motivations of each stakeholder in each domain. */
  public static SeriesData weights(
      DomainMatrix mx, UnaryOperator<String> shown, Map<StakeholderId, Colour> colours) {
    return of(mx, shown, colours, c -> (double) c.weight());
  }

  /** Each stakeholder's share of its weight in each domain, in per cent. */
  public static SeriesData shares(
      DomainMatrix mx, UnaryOperator<String> shown, Map<StakeholderId, Colour> colours) {
    return of(mx, shown, colours, c -> c.share() * 100);
  }

  private static SeriesData of(
      DomainMatrix mx,
      UnaryOperator<String> shown,
      Map<StakeholderId, Colour> colours,
      ToDoubleFunction<MatrixCell> value) {
    List<SeriesData.Series> series = new ArrayList<>();
    for (Stakeholder st : mx.stakeholders()) {
      List<Double> v = new ArrayList<>();
      for (Domain d : mx.domains()) {
        v.add(value.applyAsDouble(mx.cell(st.id(), d.id())));
      }
      series.add(new SeriesData.Series(shown.apply(st.shortName()), colours.get(st.id()), ImmutableList.copyOf(v)));
    }
    ImmutableList<String> cats =
        ImmutableList.copyOf(mx.domains().stream().map(Domain::label).map(shown).iterator());
    return new SeriesData(cats, ImmutableList.copyOf(series));
  }
}
