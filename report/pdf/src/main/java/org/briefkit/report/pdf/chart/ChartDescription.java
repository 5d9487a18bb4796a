package org.briefkit.report.pdf.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Messages;

/**
 * The alternative text of a chart, written from its data: what kind of chart it is and what it
 * shows (its caption), then what a sighted reader takes from it at a glance. For several series
 * over categories, which series is highest in which category ("Highest: NATO in Cybersecurity
 * (3) and Non-proliferation (3); Seoul in Alliance politics (9)"); for one series, the largest
 * values; for a timeline, how many events it has and the span of time they cover (from the earliest
 * start to the latest end).
 */
public final class ChartDescription {
  private static final int MOST = 4;

  private ChartDescription() {}

  /** The alternative text of a chart with {@code data} and caption {@code caption}, in the language of {@code text}. */
  public static String of(ChartData data, String caption, Messages text) {
    String glance = data.series().isEmpty() ? points(data, text)
        : data.series().size() == 1 || oneValueEach(data) ? values(data, text) : leaders(data, text);
    String said = sentence(caption) + (glance.isEmpty() ? "" : " " + glance);
    return text.get("chart.alt", data.kind(), said);
  }

  private static String leaders(ChartData data, Messages text) {
    Map<String, List<Named>> leads = new LinkedHashMap<>();
    int categories = data.rows().size();
    for (int c = 0; c < categories; c++) {
      String category = data.rows().get(c).get(0);
      int top = -1;
      double max = 0;
      boolean tie = false;
      for (int s = 0; s < data.series().size(); s++) {
        Double v = data.values().get(s).get(c);
        if (v == null || v <= 0) {
          continue;
        }
        if (top < 0 || v > max) {
          top = s;
          max = v;
          tie = false;
        } else if (v == max) {
          tie = true;
        }
      }
      if (top >= 0 && !tie) {
        String who = data.series().get(top);
        leads.computeIfAbsent(who, k -> new ArrayList<>()).add(new Named(category, max));
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<Named>> e : leads.entrySet()) {
      parts.add(text.get("chart.alt.leader", e.getKey(), list(e.getValue(), text)));
    }
    return parts.isEmpty() ? "" : text.get("chart.alt.highest", String.join(text.get("chart.alt.leaders.separator"), parts));
  }

  /** A category and its value. */
  private record Named(String name, double value) {}

  /** "Cybersecurity (3) and Non-proliferation (3)", at most {@value #MOST} named. */
  private static String list(List<Named> items, Messages text) {
    List<String> named = new ArrayList<>();
    for (Named item : items.subList(0, Math.min(MOST, items.size()))) {
      named.add(text.get("chart.alt.value", item.name(), ChartData.number(item.value())));
    }
    if (items.size() > MOST) {
      return text.get("chart.alt.more", String.join(text.get("list.comma"), named), items.size() - MOST);
    }
    return text.list(named);
  }

  /** Whether each category has one value at most, whichever series it is in (a ranking split in two colours). */
  private static boolean oneValueEach(ChartData data) {
    for (int c = 0; c < data.rows().size(); c++) {
      int n = 0;
      for (List<Double> v : data.values()) {
        n += v.get(c) == null ? 0 : 1;
      }
      if (n > 1) {
        return false;
      }
    }
    return true;
  }

  /** The categories' values, largest first. */
  private static String values(ChartData data, Messages text) {
    List<Named> items = new ArrayList<>();
    for (int c = 0; c < data.rows().size(); c++) {
      for (List<Double> v : data.values()) {
        if (v.get(c) != null) {
          items.add(new Named(data.rows().get(c).get(0), v.get(c)));
        }
      }
    }
    items.sort((a, b) -> Double.compare(b.value(), a.value()));
    return items.isEmpty() ? "" : text.get("chart.alt.largest", list(items, text));
  }

  private static String points(ChartData data, Messages text) {
    int n = data.rows().size();
    if (n == 0) {
      return "";
    }
    return data.extent().isEmpty() ? text.count(n, "chart.alt.points") : text.count(n, "chart.alt.events", data.extent());
  }


  private static String sentence(String caption) {
    String c = caption.strip();
    return c.endsWith(".") || c.endsWith("?") ? c : c + ".";
  }
}
