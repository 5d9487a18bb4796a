package org.briefkit.report.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  private final XmlParts xml = new XmlParts();
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

  /** The sheet {@code name}, read whole; null when the workbook has no such sheet. */
  SheetCells sheet(String name) {
    return read(name, false);
  }

  /** The first row of the sheet {@code name}, if the sheet has a row 1 (index 0). */
  Optional<SheetRow> firstRow(String name) {
    SheetCells s = read(name, true);
    return Optional.ofNullable(s == null ? null : s.row(0));
  }

  private SheetCells read(String name, boolean firstRowOnly) {
    if (!sheets.containsKey(name)) {
      return null;
    }
    String part = sheets.get(name);
    if (part == null) {
      return new SheetCells(name, new SheetRow[0]); // a chart sheet: no cells
    }
    String what = part + " (the sheet " + name + ")";
    // Read before the sheet, not from within its parse: one parser reads one part at a time.
    SharedStrings strings = strings();
    DateStyles styles = styles();
    WorksheetParser parser = new WorksheetParser(name, what, styling(strings, styles), firstRowOnly);
    parse(part, what, parser);
    return parser.cells();
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
    ZipArchiveEntry e = entry(part);
    if (e == null) {
      throw new DamagedPartException("its part " + what + " is missing");
    }
    try (InputStream in = new Capped(zip.getInputStream(e), what)) {
      xml.parse(in, what, handler);
    } catch (IOException ex) {
      throw new DamagedPartException("its part " + what + " cannot be unpacked");
    } catch (UncheckedIOException ex) {
      throw new DamagedPartException("its part " + what + " cannot be unpacked");
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
        throw new DamagedPartException("its part " + what + " inflates to more than " + ZipGuard.mib(maxPartBytes));
      }
    }
  }
}
