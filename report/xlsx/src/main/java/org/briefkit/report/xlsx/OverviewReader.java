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
import org.briefkit.model.format.CaseFormat;
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
  static Set<String> read(WorkbookPackage wb, Case.Builder builder, ReadState state, WorkbookText text) {
    Set<String> given = new HashSet<>();
    String overview = text.sheet(Layout.OVERVIEW);
    SheetCells s = wb.sheet(overview);
    if (s == null) {
      state.problem(overview, "sheet is missing");
      return given;
    }
    Map<String, Field<Case, Case.Builder, ?>> byHeader = new LinkedHashMap<>();
    Map<Field<Case, Case.Builder, ?>, String> headers = new HashMap<>();
    for (Field<Case, Case.Builder, ?> f : OverviewSheet.blockFields()) {
      String header = text.header(CaseFormat.CASE, f);
      byHeader.put(header, f);
      headers.put(f, header);
    }
    Map<String, List<String>> values = new HashMap<>();
    Map<String, String> cells = new HashMap<>();
    Map<String, List<String>> itemCells = new HashMap<>();
    Set<String> refused = new HashSet<>();
    boolean inCase = false;
    for (SheetRow row : s.rows()) {
      String label = CellValues.text(row.cell(0)).trim();
      if (label.equals(text.get("overview.case"))) {
        inCase = true;
        continue;
      }
      if (label.equals(text.get("overview.keyFigures"))) {
        break;
      }
      if (!inCase || label.isEmpty()) {
        continue;
      }
      String cell = new CellReference(row.index(), 1).formatAsString(false);
      CellValues.Input input = CellValues.value(row.cell(1));
      input.refusal().ifPresent(m -> state.problem(overview, cell, m));
      String value = input.text();
      Field<Case, Case.Builder, ?> f = byHeader.get(label);
      if (f == null) {
        state.problem(overview, new CellReference(row.index(), 0).formatAsString(false),
            "unknown case field \"" + label + "\"" + Suggestions.didYouMean(label, byHeader.keySet()));
      } else if (f.type() instanceof ListType<?>) {
        if (!value.isBlank()) {
          values.computeIfAbsent(label, k -> new ArrayList<>()).add(value);
          itemCells.computeIfAbsent(label, k -> new ArrayList<>()).add(cell);
          cells.putIfAbsent(label, cell);
        }
      } else if (values.containsKey(label)) {
        state.problem(overview, cell, "\"" + label + "\" is given twice");
      } else {
        values.put(label, List.of(value));
        cells.put(label, cell);
        if (input.refusal().isPresent()) {
          refused.add(label);
        }
      }
    }
    for (Field<Case, Case.Builder, ?> f : byHeader.values()) {
      String header = headers.get(f);
      if (refused.contains(header)) {
        state.place("/" + f.name(), overview, cells.get(header));
      } else if (set(f, header, values.get(header), cells.get(header), builder, state, overview)) {
        given.add(f.name());
      }
      List<String> items = itemCells.getOrDefault(header, List.of());
      for (int i = 0; i < items.size(); i++) {
        state.place("/" + f.name() + "/" + i, overview, items.get(i));
      }
    }
    return given;
  }

  /** Sets a field from its values, or reports why not; whether it was set. */
  private static <V> boolean set(Field<Case, Case.Builder, V> f, String header, List<String> values, String cell,
      Case.Builder builder, ReadState state, String overview) {
    if (values == null) {
      if (f.required()) {
        state.problem(overview, "the case block has no \"" + header + "\" row");
      }
      return false;
    }
    state.place("/" + f.name(), overview, cell);
    if (f.type() instanceof ListType<?> list) {
      try {
        f.set(builder, CellValues.items(list, f.name(), values));
        return true;
      } catch (IllegalArgumentException e) {
        state.problem(overview, cell, e.getMessage());
        return false;
      }
    }
    String raw = values.get(0);
    if (raw.isBlank()) {
      if (f.required()) {
        state.problem(overview, cell, header + " must not be empty");
      }
      return false;
    }
    try {
      f.set(builder, CellValues.parse(f.type(), f.name(), raw));
      return true;
    } catch (IllegalArgumentException e) {
      state.problem(overview, cell, e.getMessage());
      return false;
    }
  }
}
