package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.CaseId;
import org.briefkit.model.InvalidCaseException;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.Problem;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;

/** Reads one workbook into a case, collecting every problem with its location. */
final class WorkbookReader {
  private final String file;
  private final ZipGuard guard;

  WorkbookReader(String file, ZipGuard guard) {
    this.file = file;
    this.guard = guard;
  }

  /** What to do with a file that is not an .xlsx workbook, for the end of its message. */
  static final String SAVE_AS_XLSX = "save the workbook as .xlsx (Excel Workbook) and try again";

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** The case the workbook holds, with where each of its values was read from. */
  LocatedCase read(byte[] bytes) throws InvalidWorkbookException {
    Optional<String> other = notAnXlsx(bytes);
    if (other.isPresent()) {
      throw fail(other.get());
    }
    Optional<String> unsafe = guard.check(bytes);
    if (unsafe.isPresent()) {
      throw fail(unsafe.get());
    }
    // The package is read part by part, each sheet as a stream and one at a time, so that
    // memory stays bounded by the largest sheet's cells rather than the whole workbook's model.
    try (WorkbookPackage wb = WorkbookPackage.open(bytes, guard.maxEntryBytes())) {
      return read(wb);
    } catch (DamagedPartException e) {
      throw fail(damaged(e.getMessage()));
    }
  }

  /** The message for a workbook whose package is damaged, {@code why} in BriefKit's words. */
  private static String damaged(String why) {
    return "the workbook is damaged (" + why + "): open it in Excel or LibreOffice, save it again as .xlsx and try"
        + " again";
  }

  /**
   * Why a file named .xlsx is none, from what it starts and ends with: empty, an OLE2 compound
   * file (encrypted, an .xls workbook or another older Office document), text, another binary
   * file, or a zip package cut short (no end record, as after an interrupted copy). A zip
   * package that is another kind of document (.ods) is told by {@link ZipGuard}.
   */
  static Optional<String> notAnXlsx(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.of("the file is empty: " + SAVE_AS_XLSX);
    }
    if (startsWith(bytes, OLE2)) {
      return Optional.of(ole2(bytes));
    }
    if (!startsWith(bytes, new byte[] {'P', 'K'})) {
      return Optional.of(text(bytes)
          ? "the file holds text, not an .xlsx workbook: " + SAVE_AS_XLSX + " (a case file is named .yaml)"
          : "not an .xlsx workbook (the file is not a zip package): " + SAVE_AS_XLSX);
    }
    if (!hasZipEnd(bytes)) {
      return Optional.of("the file is cut short (truncated, as by an interrupted copy or download): copy or save it"
          + " again and try again");
    }
    return Optional.empty();
  }

  /** What an OLE2 compound file is: Office keeps encrypted packages and .xls workbooks in one. */
  private static String ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      Set<String> entries = new HashSet<>();
      fs.getRoot().getEntryNames().forEach(n -> entries.add(n.toLowerCase(Locale.ROOT)));
      if (entries.contains("encryptioninfo") || entries.contains("encryptedpackage")) {
        return "the workbook is protected by a password (encrypted): remove the password in Excel or LibreOffice,"
            + " save it as .xlsx and try again";
      }
      if (entries.contains("workbook") || entries.contains("book")) {
        return "the file is an .xls workbook (Excel 97–2003): save it as .xlsx (Excel Workbook) and try again";
      }
    } catch (IOException | RuntimeException e) {
      // A damaged compound file: still an older Office document, not a workbook to read.
    }
    return "the file is an older Office document (OLE2), not an .xlsx workbook: " + SAVE_AS_XLSX;
  }

  /** Whether the start of the file reads as text: no control characters but white space. */
  private static boolean text(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a zip package ends with its end record (the central directory's end), which a file
   * cut short has lost: its signature, with the comment length reaching to the last byte.
   */
  private static boolean hasZipEnd(byte[] bytes) {
    int last = bytes.length - 22;
    for (int p = last; p >= Math.max(0, last - 0xFFFF); p--) {
      if (bytes[p] == 'P' && bytes[p + 1] == 'K' && bytes[p + 2] == 5 && bytes[p + 3] == 6) {
        int comment = (bytes[p + 20] & 0xff) | (bytes[p + 21] & 0xff) << 8;
        if (p + 22 + comment == bytes.length) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private InvalidWorkbookException fail(String message) {
    return new InvalidWorkbookException(List.of(WorkbookProblem.ofFile(file, message)));
  }

  /**
   * Reads the case: the Overview's case block, then each table in the order of the case's
   * lists, then the nested tables (evidence), attached to their owners, then the ACH sheets.
   * The case is built even when cells have problems, from the rows without any, so that the
   * case's own problems are reported in the same run; those that only echo a row left out, or
   * a duplicate id reported already, are not, and those a duplicate explains are folded into
   * its line.
   */
  private LocatedCase read(WorkbookPackage wb) throws InvalidWorkbookException {
    WorkbookColumns columns = checkBriefKit(wb);
    WorkbookText text = columns.text();
    CaseTables in = CaseTables.in(text);
    ReadState state = new ReadState(file);
    state.sheets(wb.sheetNames());
    Case.Builder builder = Case.builder();
    Set<String> given = OverviewReader.read(wb, builder, state, text);
    CaseTableReader tables = new CaseTableReader(wb, state, columns);
    Map<CaseTable<?>, CaseTableReader.Owned<?>> lists = new LinkedHashMap<>();
    List<Field<Case, Case.Builder, ?>> listFields = new ArrayList<>();
    Field<Case, Case.Builder, ?> achField = null;
    for (Field<Case, Case.Builder, ?> f : CaseFormat.CASE.fields()) {
      if (f.type() instanceof RecordListType<?> r && r.entity() == CaseFormat.ACH) {
        achField = f;
      } else if (f.type() instanceof RecordListType<?> r) {
        CaseTable<?> table = in.table(r.entity());
        lists.put(table, owned(tables, table, "/" + f.name()));
        listFields.add(f);
      }
    }
    for (CaseTable<?> nested : in.all) {
      if (nested.nested()) {
        Map<CaseTable<?>, CaseTableReader.Owned<?>> owners = new LinkedHashMap<>();
        TableRows.owners(nested).forEach(o -> owners.put(o, lists.get(o)));
        tables.nested(nested, owners).forEach((owner, records) -> lists.put(owner, withRecords(lists.get(owner), records)));
      }
    }
    List<AchMatrix> matrices = new AchSheetReader(wb, state, columns).read();
    for (Field<Case, Case.Builder, ?> f : listFields) {
      RecordListType<?> r = (RecordListType<?>) f.type();
      setList(f, builder, lists.get(in.table(r.entity())).records());
    }
    setList(Objects.requireNonNull(achField, "the case format has no list of ACH matrices"), builder, matrices);
    // Stand-ins for what the case block is missing (reported already), so that the rest is checked.
    if (!given.contains("id")) {
      builder.id(CaseId.of("case"));
    }
    if (!given.contains("title")) {
      builder.title("untitled");
    }
    try {
      Case c = builder.build();
      if (state.hasProblems()) {
        throw new InvalidWorkbookException(state.problems());
      }
      return new LocatedCase(c, new WorkbookLocator(file, state, text));
    } catch (InvalidCaseException e) {
      for (Problem p : e.problems()) {
        report(p, state);
      }
      throw new InvalidWorkbookException(state.problems());
    } catch (IllegalArgumentException | NullPointerException e) {
      state.problem(text.sheet(Layout.OVERVIEW), String.valueOf(e.getMessage()));
      throw new InvalidWorkbookException(state.problems());
    }
  }

  /**
   * Reports one of the case's own problems at the cell its element or field came from, unless
   * it only echoes what the reader reported: a reference to a row left out for problems of its
   * own, a duplicate id reported at its cells. A reference to an id that a duplicate replaced
   * is counted in the duplicate's line, one to a row of a missing sheet in that sheet's.
   */
  private void report(Problem p, ReadState state) {
    if (p.echoes(state.leftOut())
        || p.kind() == Problem.Kind.DUPLICATE_ID && !p.ids().isEmpty() && state.reportedDuplicate(p.ids().get(0))) {
      return;
    }
    Optional<ReadState.Cause> cause = p.unresolved().flatMap(state::formerIdOf)
        .or(() -> p.unresolved().flatMap(state::missingTableOf));
    if (cause.isPresent()) {
      cause.get().explain(p.unresolved().get().value());
      return;
    }
    Optional<ReadState.Place> where = state.locate(p.path());
    if (where.isEmpty()) {
      state.problem(p.message());
    } else {
      state.problem(where.get().sheet(), where.get().cell(), p.message());
    }
  }

  private static <T> CaseTableReader.Owned<T> owned(CaseTableReader tables, CaseTable<T> table, String pointer) {
    return new CaseTableReader.Owned<>(table, tables.records(table, pointer), pointer);
  }

  @SuppressWarnings("unchecked") // the records were read from the owner's own table
  private static <T> CaseTableReader.Owned<T> withRecords(CaseTableReader.Owned<?> owned, List<?> records) {
    CaseTableReader.Owned<T> o = (CaseTableReader.Owned<T>) owned;
    return new CaseTableReader.Owned<>(o.table(), (List<T>) records, o.pointer());
  }

  @SuppressWarnings("unchecked") // a case list field holds the records of its table
  private static <V> void setList(Field<Case, Case.Builder, V> f, Case.Builder builder, List<?> records) {
    f.set(builder, (V) ImmutableList.copyOf(records));
  }

  // ---------------------------------------------------------------- marker

  /** Checks that BriefKit wrote the workbook, in a format this version reads; returns its columns. */
  private WorkbookColumns checkBriefKit(WorkbookPackage wb) throws InvalidWorkbookException {
    CustomProperties custom = wb.properties();
    // A workbook in another language than English says so; one whose properties a tool dropped
    // (LibreOffice's save) is known by the name of its Overview.
    WorkbookText text = WorkbookText.of(custom.get(WorkbookText.LANGUAGE_PROPERTY)
        .filter(p -> p.type().equals("lpwstr")).map(CustomProperties.Value::text)
        .orElseGet(() -> WorkbookText.byOverview(wb::hasSheet).language()));
    Integer version = null;
    Optional<CustomProperties.Value> format = custom.get(Layout.FORMAT_PROPERTY);
    if (format.isPresent() && (format.get().type().equals("i4") || format.get().type().equals("lpwstr"))) {
      try {
        version = Integer.parseInt(format.get().text().trim());
      } catch (NumberFormatException e) {
        version = null;
      }
    }
    if (version != null && version > Layout.FORMAT_VERSION) {
      throw fail("written by a newer BriefKit (workbook format " + version + "); this version reads format "
          + Layout.FORMAT_VERSION);
    }
    if (version == null) {
      List<String> missing = new ArrayList<>();
      for (String sheet : WorkbookColumns.formatOneTables()) {
        if (!wb.hasSheet(text.sheet(sheet))) {
          missing.add(text.sheet(sheet));
        }
      }
      if (!wb.hasSheet(text.sheet(Layout.OVERVIEW))) {
        missing.add(0, text.sheet(Layout.OVERVIEW));
      }
      if (!missing.isEmpty()) {
        List<String> found = wb.sheetNames();
        throw fail("not a BriefKit workbook: it lacks the sheets " + String.join(", ", missing)
            + " (its sheets: " + String.join(", ", found) + ")");
      }
    }
    Optional<String> recorded = custom.get(WorkbookColumns.PROPERTY)
        .filter(p -> p.type().equals("lpwstr")).map(CustomProperties.Value::text);
    WorkbookColumns columns = WorkbookColumns.of(recorded, text);
    if (!columns.unknown().isEmpty()) {
      throw fail("written by a newer BriefKit: its tables have columns this version does not read ("
          + String.join("; ", columns.unknown()) + "); read it with the BriefKit that wrote it or a"
          + " newer one");
    }
    return columns;
  }

}
