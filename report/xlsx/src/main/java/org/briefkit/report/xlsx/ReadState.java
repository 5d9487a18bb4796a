package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.poi.ss.util.CellReference;
import org.briefkit.model.Id;

/**
 * What reading one workbook collects: every problem, where each element and field of the case
 * came from (to locate the case's integrity problems), the ids of every row of each table, the
 * ids of the rows left out for problems of their own, and the root causes that other problems
 * are folded into.
 *
 * <p>A root cause (a renamed column, a duplicate id) is reported at its cell; a problem it
 * explains (a row without the column's value, a reference to the row's former id) is not listed
 * but counted in the root's line: {@code ..., and 20 rows without it}. The problems come out
 * sorted by place: the file's own first, then by sheet in the workbook's order, by row and by
 * column, problems at one place in the order they were found.
 */
final class ReadState {
  /** A sheet and a cell. */
  record Place(String sheet, String cell) implements Where {
    @Override
    public Place at(String field) {
      return this;
    }
  }

  /** Where an element or field was read: a cell ({@link Place}), or a row ({@link RowPlace}). */
  sealed interface Where permits Place, RowPlace {
    /** The cell of {@code field} (null: of the element itself). */
    Place at(String field);
  }

  /**
   * A problem that explains others: its line tells how many, in words its {@code fold} gives
   * from the count and the names the explained problems gave.
   */
  static final class Cause {
    private final BiFunction<Integer, Set<String>, String> fold;
    private final Set<String> names = new LinkedHashSet<>();
    private int explained;

    private Cause(BiFunction<Integer, Set<String>, String> fold) {
      this.fold = fold;
    }

    /** Counts one problem this cause explains, naming it by {@code name} (may be empty). */
    void explain(String name) {
      explained++;
      if (!name.isEmpty()) {
        names.add(name);
      }
    }

    private String suffix() {
      return explained == 0 ? "" : fold.apply(explained, names);
    }
  }

  private record Found(Optional<String> sheet, Optional<String> cell, String message, Cause cause) {}

  final String file;
  private final List<Found> found = new ArrayList<>();
  private final List<String> sheetOrder = new ArrayList<>();
  /**
   * JSON Pointer of a case element or field → its sheet and cell ({@link Place}), or of an
   * element read from a table row → the row ({@link RowPlace}), which places its fields too.
   */
  private final Map<String, Where> places = new HashMap<>();
  /** The ids of every row of each table, rows with problems included, in row order. */
  private final Map<String, Set<String>> rowIds = new HashMap<>();
  /** The typed ids of the rows left out for problems of their own. */
  private final Set<Id> leftOut = new HashSet<>();
  /** The duplicate ids reported by the reader, which the case's own check reports again. */
  private final Set<Id> duplicates = new HashSet<>();
  /** A duplicate id's row (sheet, row from 0) → the duplicate, for references that link to it. */
  private final Map<String, Cause> duplicateRows = new HashMap<>();
  /** A former id of a row now holding a duplicate id → that duplicate. */
  private final Map<Id, Cause> formerIds = new LinkedHashMap<>();
  /** The kind of id (its class) of a table whose sheet is missing → the missing sheet. */
  private final Map<Class<?>, Cause> missingTables = new HashMap<>();

  ReadState(String file) {
    this.file = file;
  }

  /** The workbook's sheets in its order, the order problems are sorted in. */
  void sheets(List<String> names) {
    sheetOrder.clear();
    sheetOrder.addAll(names);
  }

  void problem(String sheet, String cell, String message) {
    found.add(new Found(Optional.of(sheet), Optional.of(cell), message, null));
  }

  void problem(String sheet, String message) {
    found.add(new Found(Optional.of(sheet), Optional.empty(), message, null));
  }

  /** A problem with the whole file, or with nothing a place can be given for. */
  void problem(String message) {
    found.add(new Found(Optional.empty(), Optional.empty(), message, null));
  }

  /** Reports a root cause at a cell; the problems it explains are counted in its line by {@code fold}. */
  Cause rootCause(String sheet, String cell, String message, BiFunction<Integer, Set<String>, String> fold) {
    Cause cause = new Cause(fold);
    found.add(new Found(Optional.of(sheet), Optional.of(cell), message, cause));
    return cause;
  }

  /** Reports a root cause at a sheet; the problems it explains are counted in its line by {@code fold}. */
  Cause rootCause(String sheet, String message, BiFunction<Integer, Set<String>, String> fold) {
    Cause cause = new Cause(fold);
    found.add(new Found(Optional.of(sheet), Optional.empty(), message, cause));
    return cause;
  }

  /** How many problems have been found so far, those folded into others not counted. */
  int count() {
    return found.size();
  }

  boolean hasProblems() {
    return !found.isEmpty();
  }

  /** Every problem found, folded and sorted. */
  ImmutableList<WorkbookProblem> problems() {
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Found f) -> f.sheet().isEmpty() ? -2 : sheetIndex(f.sheet().get()))
        .thenComparingInt(f -> f.cell().isEmpty() ? -1 : new CellReference(f.cell().get()).getRow())
        .thenComparingInt(f -> f.cell().isEmpty() ? -1 : new CellReference(f.cell().get()).getCol()));
    ImmutableList.Builder<WorkbookProblem> b = ImmutableList.builder();
    Set<WorkbookProblem> seen = new HashSet<>();
    for (Found f : sorted) {
      String message = f.cause() == null ? f.message() : f.message() + f.cause().suffix();
      WorkbookProblem p = new WorkbookProblem(file, f.sheet(), f.cell(), message);
      if (seen.add(p)) {
        b.add(p);
      }
    }
    return b.build();
  }

  /** A sheet's place in the workbook; a sheet that is missing comes first, as the root cause it is. */
  private int sheetIndex(String sheet) {
    return sheetOrder.indexOf(sheet);
  }

  /**
   * An element read from a table row: the row (from 0) of its sheet, and the column of each of
   * its fields that has one, by name. One entry per row rather than one per cell keeps the
   * places of a table of 100,000 rows small.
   */
  private record RowPlace(String sheet, int row, Map<String, Integer> fields) implements Where {
    @Override
    public Place at(String field) {
      Integer col = field == null ? null : fields.get(field);
      return new Place(sheet, new CellReference(row, col == null ? 0 : col).formatAsString(false));
    }
  }

  void place(String pointer, String sheet, String cell) {
    places.put(pointer, new Place(sheet, cell));
  }

  /**
   * Places the element at {@code pointer} at the row {@code row} (from 0) of {@code sheet}: the
   * element at the row's first cell, each of its fields at its column in {@code fields} (by
   * name), a field without a column at the first cell.
   */
  void placeRow(String pointer, String sheet, int row, Map<String, Integer> fields) {
    places.put(pointer, new RowPlace(sheet, row, fields));
  }

  /** Where the element or field at {@code pointer}, or the nearest element holding it, came from. */
  Optional<Place> locate(String pointer) {
    String p = pointer;
    String child = null;
    while (!p.isEmpty()) {
      Where where = places.get(p);
      if (where != null) {
        return Optional.of(where.at(child));
      }
      int slash = p.lastIndexOf('/');
      child = p.substring(slash + 1);
      p = p.substring(0, slash);
    }
    return Optional.empty();
  }

  void rowId(String sheet, String id) {
    rowIds.computeIfAbsent(sheet, k -> new LinkedHashSet<>()).add(id);
  }

  boolean hasRow(String sheet, String id) {
    return rowIds.getOrDefault(sheet, Set.of()).contains(id);
  }

  /** The ids of the rows of a sheet's table, in row order. */
  Set<String> rowIds(String sheet) {
    return rowIds.getOrDefault(sheet, Set.of());
  }

  /** Remembers the id of a row left out for problems of its own: references to it are not reported again. */
  void leftOut(Id id) {
    leftOut.add(id);
  }

  Set<Id> leftOut() {
    return leftOut;
  }

  /** Remembers a duplicate id reported at the row {@code row} (from 0) of {@code sheet}. */
  void duplicate(Id id, String sheet, int row, Cause cause) {
    duplicates.add(id);
    duplicateRows.put(sheet + "!" + row, cause);
  }

  /** Whether the reader reported {@code id} as a duplicate already. */
  boolean reportedDuplicate(Id id) {
    return duplicates.contains(id);
  }

  /** The duplicate id at the row (from 0) of {@code sheet}, if the reader reported one there. */
  Optional<Cause> duplicateAt(String sheet, int row) {
    return Optional.ofNullable(duplicateRows.get(sheet + "!" + row));
  }

  /** Remembers that references to {@code former} link to the row of {@code duplicate}. */
  void formerId(Id former, Cause duplicate) {
    formerIds.putIfAbsent(former, duplicate);
  }

  /** The duplicate whose row references to {@code id} linked to, if any did. */
  Optional<Cause> formerIdOf(Id id) {
    return Optional.ofNullable(formerIds.get(id));
  }

  /** Remembers that the table whose rows have ids of {@code kind} is missing, as {@code cause} reported. */
  void missingTable(Class<?> kind, Cause cause) {
    missingTables.put(kind, cause);
  }

  /** The missing sheet that would hold the element of {@code id}, if its sheet is missing. */
  Optional<Cause> missingTableOf(Id id) {
    return Optional.ofNullable(missingTables.get(id.getClass()));
  }
}
