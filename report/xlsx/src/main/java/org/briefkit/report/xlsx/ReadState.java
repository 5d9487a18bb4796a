package org.briefkit.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What reading one workbook collects: every problem, where each element and field of the case
 * came from (to locate the case's integrity problems), and the ids of every row of each table.
 */
final class ReadState {
  /** A sheet and a cell. */
  record Place(String sheet, String cell) {}

  final String file;
  final List<WorkbookProblem> problems = new ArrayList<>();
  /** JSON Pointer of a case element or field → its sheet and cell. */
  private final Map<String, Place> places = new HashMap<>();
  /** The ids of every row of each table, rows with problems included. */
  private final Map<String, Set<String>> rowIds = new HashMap<>();

  ReadState(String file) {
    this.file = file;
  }

  void problem(String sheet, String cell, String message) {
    problems.add(WorkbookProblem.at(file, sheet, cell, message));
  }

  void problem(String sheet, String message) {
    problems.add(new WorkbookProblem(file, Optional.of(sheet), Optional.empty(), message));
  }

  void place(String pointer, String sheet, String cell) {
    places.put(pointer, new Place(sheet, cell));
  }

  /** Where the element or field at {@code pointer}, or the nearest element holding it, came from. */
  Optional<Place> locate(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Place where = places.get(p);
      if (where != null) {
        return Optional.of(where);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return Optional.empty();
  }

  void rowId(String sheet, String id) {
    rowIds.computeIfAbsent(sheet, k -> new HashSet<>()).add(id);
  }

  boolean hasRow(String sheet, String id) {
    return rowIds.getOrDefault(sheet, Set.of()).contains(id);
  }
}
