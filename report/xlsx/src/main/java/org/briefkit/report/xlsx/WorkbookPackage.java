package org.briefkit.report.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's package opened for reading in bounded memory: the zip's entries are inflated on
 * demand from the file's bytes, and each XML part is read as a stream of elements. It knows the
 * sheets (names in the workbook's order, each with its part), the custom document properties,
 * the shared strings and which styles are dates, and reads one sheet at a time into {@link
 * SheetCells}, or only its first row. Nothing is written to disk and nothing is set
 * process-wide.
 */
final class WorkbookPackage implements AutoCloseable {
  /** What a worksheet's cells need from the rest of the workbook. */
  interface Styling {
    /** The shared string at {@code index}, null if there is none. */
    String sharedString(int index);

    /** Whether the cell style at {@code index} shows numbers as dates. */
    boolean isDate(int index);

    /** Whether the workbook counts dates from 1904 (as Excel for Mac once did) rather than 1900. */
    boolean date1904();
  }

  private final ZipFile zip;
  private final long maxPartBytes;
  private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
  /** Each sheet's name → its part, null for a sheet that is no worksheet (a chart sheet). */
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private final CustomProperties properties;
  private final String stylesPart;
  private final String sharedStringsPart;
  private boolean date1904;
  private DateStyles dateStyles;
  private SharedStrings sharedStrings;

  private WorkbookPackage(ZipFile zip, long maxPartBytes) {
    this.zip = zip;
    this.maxPartBytes = maxPartBytes;
    for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
      entries.putIfAbsent(e.getName(), e);
      entries.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e);
    }
    PartRelations root = relations("");
    String workbook = root.first("officeDocument").map(PartRelations.Relation::part).orElse("xl/workbook.xml");
    if (entry(workbook) == null) {
      throw new DamagedPartException("it has no workbook part (" + workbook + ")");
    }
    PartRelations rels = relations(workbook);
    parse(workbook, workbook + " (the list of sheets)", new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (localName.equals("workbookPr")) {
          String d = atts.getValue("date1904");
          date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
        } else if (localName.equals("sheet")) {
          String name = atts.getValue("name");
          String id = null;
          for (int i = 0; i < atts.getLength(); i++) {
            if (atts.getLocalName(i).equals("id") && !atts.getURI(i).isEmpty()) {
              id = atts.getValue(i);
            }
          }
          if (name == null || id == null) {
            throw new DamagedPartException("its workbook part " + workbook + " lists a sheet without a name or a part");
          }
          String part = rels.byId(id).filter(r -> r.is("worksheet")).map(PartRelations.Relation::part).orElse(null);
          if (part == null && rels.byId(id).isEmpty()) {
            throw new DamagedPartException("its workbook part " + workbook + " lists the sheet " + name
                + " without its part");
          }
          sheets.putIfAbsent(name, part);
        }
      }
    });
    stylesPart = rels.first("styles").map(PartRelations.Relation::part).orElse(null);
    sharedStringsPart = rels.first("sharedStrings").map(PartRelations.Relation::part).orElse(null);
    String custom = root.first("custom-properties").map(PartRelations.Relation::part).orElse("docProps/custom.xml");
    CustomProperties p = new CustomProperties();
    if (entry(custom) != null) {
      parse(custom, custom + " (the document properties)", p);
    }
    properties = p;
  }

  /**
   * Opens the package of {@code bytes}, checked already ({@link ZipGuard}).
   *
   * @param maxPartBytes the most bytes a part may inflate to
   * @throws DamagedPartException if a part the reader needs is missing or damaged
   */
  static WorkbookPackage open(byte[] bytes, long maxPartBytes) {
    ZipFile zip;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    } catch (IOException e) {
      throw new DamagedPartException("its zip package cannot be read");
    }
    try {
      return new WorkbookPackage(zip, maxPartBytes);
    } catch (RuntimeException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // The bytes are in memory: nothing to release.
    }
  }

  /** The sheets' names, in the workbook's order. */
  List<String> sheetNames() {
    return new ArrayList<>(sheets.keySet());
  }

  boolean hasSheet(String name) {
    return sheets.containsKey(name);
  }

  CustomProperties properties() {
    return properties;
  }

  /**
   * The sheet {@code name}, read whole; null when the workbook has no such sheet. For the sheets
   * read in any order (the Overview, the ACH sheets), which are small.
   */
  SheetCells sheet(String name) {
    if (!sheets.containsKey(name)) {
      return null;
    }
    List<SheetRow> rows = new ArrayList<>();
    rows(name, rows::add);
    rows.sort(java.util.Comparator.comparingInt(SheetRow::index));
    List<SheetRow> distinct = new ArrayList<>();
    for (SheetRow r : rows) {
      if (!distinct.isEmpty() && distinct.get(distinct.size() - 1).index() == r.index()) {
        distinct.set(distinct.size() - 1, r); // a row given twice: the last one given counts
      } else {
        distinct.add(r);
      }
    }
    return new SheetCells(name, distinct.toArray(SheetRow[]::new));
  }

  /** The first row of the sheet {@code name}, if the sheet has a row 1 (index 0). */
  Optional<SheetRow> firstRow(String name) {
    String part = sheets.get(name);
    if (part == null) {
      return Optional.empty();
    }
    try (SheetRows rows = open(name, part)) {
      SheetRow first = rows.next();
      return Optional.ofNullable(first != null && first.index() == 0 ? first : null);
    }
  }

  /**
   * Hands each row of the sheet {@code name} to {@code each}, in the order written, one at a
   * time: the sheet is never held whole. Returns false when the workbook has no such sheet.
   */
  boolean rows(String name, Consumer<SheetRow> each) {
    if (!sheets.containsKey(name)) {
      return false;
    }
    String part = sheets.get(name);
    if (part == null) {
      return true; // a chart sheet: no cells
    }
    try (SheetRows rows = open(name, part)) {
      for (SheetRow r = rows.next(); r != null; r = rows.next()) {
        each.accept(r);
      }
    }
    return true;
  }

  private SheetRows open(String name, String part) {
    String what = part + " (the sheet " + name + ")";
    SheetLinks links = new SheetLinks(handler -> parse(part, what, handler));
    return new SheetRows(stream(part, what), what, styling(strings(), styles()), links);
  }

  private Styling styling(SharedStrings strings, DateStyles styles) {
    return new Styling() {
      @Override
      public String sharedString(int index) {
        return strings.get(index);
      }

      @Override
      public boolean isDate(int index) {
        return styles.isDate(index);
      }

      @Override
      public boolean date1904() {
        return date1904;
      }
    };
  }

  private SharedStrings strings() {
    if (sharedStrings == null) {
      SharedStrings s = new SharedStrings();
      if (sharedStringsPart != null && entry(sharedStringsPart) != null) {
        parse(sharedStringsPart, sharedStringsPart + " (the shared strings)", s);
      }
      sharedStrings = s;
    }
    return sharedStrings;
  }

  private DateStyles styles() {
    if (dateStyles == null) {
      DateStyles s = new DateStyles();
      if (stylesPart != null && entry(stylesPart) != null) {
        parse(stylesPart, stylesPart + " (the styles)", s);
      }
      dateStyles = s;
    }
    return dateStyles;
  }

  private PartRelations relations(String part) {
    PartRelations r = new PartRelations(part);
    String rels = PartRelations.relsOf(part);
    if (entry(rels) != null) {
      parse(rels, rels + " (relationships)", r);
    }
    return r;
  }

  /** The entry of a part: its name as written or, as part names are, in any case. */
  private ZipArchiveEntry entry(String part) {
    ZipArchiveEntry e = entries.get(part);
    return e != null ? e : entries.get(part.toLowerCase(Locale.ROOT));
  }

  private void parse(String part, String what, DefaultHandler handler) {
    try (InputStream in = stream(part, what)) {
      XmlParts.parse(in, what, handler);
    } catch (IOException ex) {
      throw DamagedPartException.in(what, "cannot be unpacked");
    }
  }

  /** The inflated bytes of a part, as a stream refused beyond the largest part accepted. */
  private InputStream stream(String part, String what) {
    ZipArchiveEntry e = entry(part);
    if (e == null) {
      throw DamagedPartException.in(what, "is missing");
    }
    try {
      return new Capped(zip.getInputStream(e), what);
    } catch (IOException | RuntimeException ex) {
      throw DamagedPartException.in(what, "cannot be unpacked");
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  /** A part's stream, refused beyond the largest part accepted. */
  private final class Capped extends FilterInputStream {
    private final String what;
    private long read;

    Capped(InputStream in, String what) {
      super(in);
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxPartBytes) {
        throw DamagedPartException.in(what, "inflates to more than " + ZipGuard.mib(maxPartBytes));
      }
    }
  }
}
