package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.Case;
import org.briefkit.model.Suggestions;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;

/**
 * Reads the Overview's case block into a case builder: each labelled row the value of the case
 * field with that header, a list's items one per row.
 */
final class OverviewReader {
  private OverviewReader() {}

  /**
   * Sets the case's own values on {@code builder}; problems go to {@code state}. Returns the
   * names of the fields set.
   */
  static Set<String> read(WorkbookPackage wb, Case.Builder builder, ReadState state) {
    Set<String> given = new HashSet<>();
    SheetCells s = wb.sheet(Layout.OVERVIEW);
    if (s == null) {
      state.problem(Layout.OVERVIEW, "sheet is missing");
      return given;
    }
    Map<String, Field<Case, Case.Builder, ?>> byHeader = new LinkedHashMap<>();
    for (Field<Case, Case.Builder, ?> f : OverviewSheet.blockFields()) {
      byHeader.put(f.header(), f);
    }
    Map<String, List<String>> values = new HashMap<>();
    Map<String, String> cells = new HashMap<>();
    Map<String, List<String>> itemCells = new HashMap<>();
    Set<String> refused = new HashSet<>();
    boolean inCase = false;
    for (SheetRow row : s.rows()) {
      String label = CellValues.text(row.cell(0)).trim();
      if (label.equals(OverviewSheet.CASE_HEADING)) {
        inCase = true;
        continue;
      }
      if (label.equals(OverviewSheet.KEY_FIGURES_HEADING)) {
        break;
      }
      if (!inCase || label.isEmpty()) {
        continue;
      }
      String cell = new CellReference(row.index(), 1).formatAsString(false);
      CellValues.Input input = CellValues.value(row.cell(1));
      input.refusal().ifPresent(m -> state.problem(Layout.OVERVIEW, cell, m));
      String value = input.text();
      Field<Case, Case.Builder, ?> f = byHeader.get(label);
      if (f == null) {
        state.problem(Layout.OVERVIEW, new CellReference(row.index(), 0).formatAsString(false),
            "unknown case field \"" + label + "\"" + Suggestions.didYouMean(label, byHeader.keySet()));
      } else if (f.type() instanceof ListType<?>) {
        if (!value.isBlank()) {
          values.computeIfAbsent(label, k -> new ArrayList<>()).add(value);
          itemCells.computeIfAbsent(label, k -> new ArrayList<>()).add(cell);
          cells.putIfAbsent(label, cell);
        }
      } else if (values.containsKey(label)) {
        state.problem(Layout.OVERVIEW, cell, "\"" + label + "\" is given twice");
      } else {
        values.put(label, List.of(value));
        cells.put(label, cell);
        if (input.refusal().isPresent()) {
          refused.add(label);
        }
      }
    }
    for (Field<Case, Case.Builder, ?> f : byHeader.values()) {
      if (refused.contains(f.header())) {
        state.place("/" + f.name(), Layout.OVERVIEW, cells.get(f.header()));
      } else if (set(f, values.get(f.header()), cells.get(f.header()), builder, state)) {
        given.add(f.name());
      }
      List<String> items = itemCells.getOrDefault(f.header(), List.of());
      for (int i = 0; i < items.size(); i++) {
        state.place("/" + f.name() + "/" + i, Layout.OVERVIEW, items.get(i));
      }
    }
    return given;
  }

  /** Sets a field from its values, or reports why not; whether it was set. */
  private static <V> boolean set(
      Field<Case, Case.Builder, V> f, List<String> values, String cell, Case.Builder builder, ReadState state) {
    if (values == null) {
      if (f.required()) {
        state.problem(Layout.OVERVIEW, "the case block has no \"" + f.header() + "\" row");
      }
      return false;
    }
    state.place("/" + f.name(), Layout.OVERVIEW, cell);
    if (f.type() instanceof ListType<?> list) {
      try {
        f.set(builder, CellValues.items(list, f.name(), values));
        return true;
      } catch (IllegalArgumentException e) {
        state.problem(Layout.OVERVIEW, cell, e.getMessage());
        return false;
      }
    }
    String raw = values.get(0);
    if (raw.isBlank()) {
      if (f.required()) {
        state.problem(Layout.OVERVIEW, cell, f.header() + " must not be empty");
      }
      return false;
    }
    try {
      f.set(builder, CellValues.parse(f.type(), f.name(), raw));
      return true;
    } catch (IllegalArgumentException e) {
      state.problem(Layout.OVERVIEW, cell, e.getMessage());
      return false;
    }
  }
}
