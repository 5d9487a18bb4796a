package org.briefkit.report.pdf.tag;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Declares the structure of each element added to the brief, in the order they are added:
 * a paragraph becomes a P (or the role it is given: a heading, a caption, a list item), a data
 * table a Table of rows of header and data cells, a layout table (a figure with its caption, a
 * box, a row of badges) what its cells hold, an image with alternative text a Figure. The
 * elements' chunks are tagged so that their text is marked as it is shown; links become Link
 * elements. One instance per document.
 */
public final class StructureBuilder {
  private static final PdfName ALT = new PdfName("Alt");
  private static final PdfName ATTRIBUTES = new PdfName("A");
  private static final PdfName OWNER = new PdfName("O");
  private static final PdfName TABLE = new PdfName("Table");
  private static final PdfName SCOPE = new PdfName("Scope");
  private static final PdfName COLUMN = new PdfName("Column");
  private static final PdfName ROW = new PdfName("Row");
  private static final PdfName COLSPAN = new PdfName("ColSpan");

  /** The chunk attribute holding the language of a chunk's text, where it is known. */
  private static final String LANGUAGE = "org.briefkit.lang";

  private final Tagger tagger;
  private final boolean tagged;
  private final String language;
  private final Map<Object, Role> roles = new IdentityHashMap<>();
  private final Map<Object, String> alternatives = new IdentityHashMap<>();
  private final Map<PdfPTable, TableParts> tables = new IdentityHashMap<>();
  private final Set<PdfPTable> rowHeaded = Collections.newSetFromMap(new IdentityHashMap<>());
  private PdfStructureElement list;
  private int notes;

  /** The builder of the structure written by {@code writer}, in a document in BCP 47 {@code language}. */
  public StructureBuilder(TaggedWriter writer, String language) {
    this.tagger = writer.tagger();
    this.tagged = writer.isTagged();
    this.language = Objects.requireNonNull(language, "language must not be null");
  }

  /** Gives {@code element} (a paragraph or a cell, inside something added later) the role {@code role}. */
  public void role(Object element, Role role) {
    if (tagged) {
      roles.put(element, role);
    }
  }

  /**
   * Says that the text of {@code cell} is a name of, or in, the country of ISO 3166 code
   * {@code country}, so that its language follows the country where its script is shared.
   */
  public void name(PdfPCell cell, String text, Optional<String> country) {
    String lang = tagged ? ScriptLanguage.ofName(text, country.orElse(null), language) : null;
    if (lang != null && cell.getPhrase() != null) {
      // on the chunks, which keep it when their words are broken (WordBreaks copies attributes)
      for (Chunk c : Chunks.chunks(cell.getPhrase())) {
        Map<String, Object> a = c.getChunkAttributes();
        if (a == null) {
          a = new HashMap<>();
          c.setChunkAttributes(a);
        }
        a.put(LANGUAGE, lang);
      }
    }
  }

  /**
   * Says that the first cell of each body row of data table {@code t} names its row (a
   * stakeholder, an actor, a category), so that it is a row header: a screen reader then says
   * it with every cell of the row.
   */
  public void rowHeaders(PdfPTable t) {
    if (tagged) {
      rowHeaded.add(t);
    }
  }

  /** Makes {@code image} a Figure whose alternative text is {@code alt}; other images are decoration. */
  public void figure(Image image, String alt) {
    if (tagged) {
      alternatives.put(Tagger.identity(image), alt);
    }
  }

  /**
   * Declares {@code element}, about to be added to the document: its role given by {@link
   * #role}, else P for a paragraph, a layout for a table without header rows, a Table for one
   * with.
   */
  public void add(Element element) {
    if (!tagged) {
      return;
    }
    Role role = roles.remove(element);
    if (role == null && element instanceof PdfPTable t) {
      role = t.getHeaderRows() > 0 ? Role.TABLE : null;
    }
    add(element, role);
  }

  /** Declares {@code element} with the role {@code role} (null: a table used for layout). */
  public void add(Element element, Role role) {
    if (!tagged) {
      return;
    }
    PdfStructureElement parent = tagger.document();
    if (element instanceof PdfPTable t) {
      endList();
      if (role == Role.TABLE) {
        dataTable(t, parent);
      } else {
        layoutTable(t, parent);
      }
    } else if (element instanceof Phrase p) {
      paragraph(p, parent, role == null ? Role.P : role);
    } else if (element instanceof Image image) {
      endList();
      image(image, parent);
    }
  }

  private void paragraph(Phrase p, PdfStructureElement parent, Role role) {
    List<Chunk> chunks = Chunks.chunks(p);
    if ((role == Role.LI || role == Role.P) && Chunks.startsWithBullet(chunks) && Chunks.splitBullet(p)) {
      chunks = Chunks.chunks(p);
    }
    for (Chunk c : chunks) {
      if (c.getImage() != null) {
        endList();
        image(c.getImage(), parent);
      }
    }
    chunks.removeIf(c -> c.getImage() != null);
    if (Chunks.blank(chunks)) {
      return;
    }
    if (role == Role.LI || (role == Role.P && Chunks.startsWithBullet(chunks))) {
      listItem(chunks, parent);
      return;
    }
    endList();
    PdfStructureElement element = tagger.element(parent, role);
    if (role == Role.NOTE) {
      element.put(PdfName.ID, new PdfString("note-" + ++notes));
    }
    leaf(element, chunks, false);
  }

  /** A list item: its bullet, if it starts with one, as the label, the rest as its body. */
  private void listItem(List<Chunk> chunks, PdfStructureElement parent) {
    if (list == null) {
      list = tagger.element(parent, Role.L);
    }
    PdfStructureElement item = tagger.element(list, Role.LI);
    int body = 0;
    if (!chunks.isEmpty() && Chunks.isBullet(chunks.get(0).getContent())) {
      leaf(tagger.element(item, Role.LBL), chunks.subList(0, 1), false);
      body = 1;
    }
    leaf(tagger.element(item, Role.LBODY), chunks.subList(body, chunks.size()), false);
    tagger.close(item);
  }

  /** Ends the list being built, if any: the next paragraph is not one of its items. */
  private void endList() {
    if (list != null) {
      tagger.close(list);
      list = null;
    }
  }

  private void image(Image image, PdfStructureElement parent) {
    String alt = alternatives.remove(Tagger.identity(image));
    if (alt == null) {
      return;
    }
    PdfStructureElement figure = tagger.element(parent, Role.FIGURE);
    figure.put(ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
    tagger.figure(image, tagger.tag(figure, null, null, null, null, false));
  }

  private void layoutTable(PdfPTable t, PdfStructureElement parent) {
    for (PdfPRow row : t.getRows()) {
      for (PdfPCell cell : row.getCells()) {
        if (cell != null) {
          layoutCell(cell, parent);
        }
      }
    }
  }

  private void layoutCell(PdfPCell cell, PdfStructureElement parent) {
    Role role = roles.remove(cell);
    if (cell.getImage() != null) {
      image(cell.getImage(), parent);
    } else if (cell.getTable() != null) {
      table(cell.getTable(), parent);
    } else if (cell.getCompositeElements() != null && !cell.getCompositeElements().isEmpty()) {
      for (Object e : cell.getCompositeElements()) {
        if (e instanceof PdfPTable t) {
          table(t, parent);
        } else if (e instanceof Phrase p) {
          Role own = roles.remove(p);
          paragraph(p, parent, own != null ? own : role != null ? role : Role.P);
        } else if (e instanceof Image image) {
          image(image, parent);
        }
      }
    } else if (cell.getPhrase() != null) {
      paragraph(cell.getPhrase(), parent, role != null ? role : Role.P);
    }
  }

  private void table(PdfPTable t, PdfStructureElement parent) {
    Role role = roles.remove(t);
    if (role == Role.TABLE || (role == null && t.getHeaderRows() > 0)) {
      dataTable(t, parent);
    } else {
      layoutTable(t, parent);
    }
  }

  /** The parts of a data table, kept while it is added a slice at a time. */
  private static final class TableParts {
    final PdfStructureElement table;
    /** The header rows declared, which OpenPDF keeps and repeats while it frees the body rows of each slice. */
    final Set<PdfPRow> headers = Collections.newSetFromMap(new IdentityHashMap<>());
    PdfStructureElement head;
    PdfStructureElement body;

    TableParts(PdfStructureElement table) {
      this.table = table;
    }
  }

  private void dataTable(PdfPTable t, PdfStructureElement parent) {
    if (t.size() <= t.getHeaderRows() && !tables.containsKey(t)) {
      // OpenPDF draws no table without body rows
      return;
    }
    TableParts parts = tables.computeIfAbsent(t, k -> new TableParts(tagger.element(parent, Role.TABLE)));
    List<PdfPRow> rows = t.getRows();
    for (int r = 0; r < rows.size(); r++) {
      PdfPCell[] cells = rows.get(r).getCells();
      boolean header = r < t.getHeaderRows();
      if (header ? !parts.headers.add(rows.get(r)) : tagged(cells)) {
        // a header row declared with the table's first slice, or a row already declared
        continue;
      }
      PdfStructureElement group;
      if (header) {
        if (parts.head == null) {
          parts.head = tagger.element(parts.table, Role.THEAD);
        }
        group = parts.head;
      } else {
        if (parts.body == null) {
          parts.body = tagger.element(parts.table, Role.TBODY);
        }
        group = parts.body;
      }
      PdfStructureElement tr = tagger.element(group, Role.TR);
      boolean first = true;
      for (PdfPCell cell : cells) {
        if (cell == null) {
          continue;
        }
        boolean rowHeader = !header && first && rowHeaded.contains(t);
        first = false;
        PdfStructureElement c = tagger.element(tr, header || rowHeader ? Role.TH : Role.TD);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(OWNER, TABLE);
        if (header || rowHeader) {
          attributes.put(SCOPE, header ? COLUMN : ROW);
        }
        if (cell.getColspan() > 1) {
          attributes.put(COLSPAN, new PdfNumber(cell.getColspan()));
        }
        if (attributes.size() > 1) {
          c.put(ATTRIBUTES, attributes);
        }
        List<Chunk> chunks = new ArrayList<>();
        Chunks.cellChunks(cell, chunks);
        leaf(c, chunks, header);
      }
      tagger.close(tr);
    }
    if (t.isComplete()) {
      // the last slice, or the whole table: it has all its rows
      tables.remove(t);
      rowHeaded.remove(t);
      if (parts.head != null) {
        tagger.close(parts.head);
      }
      if (parts.body != null) {
        tagger.close(parts.body);
      }
      tagger.close(parts.table);
    }
  }

  /** Whether the body row of {@code cells} was declared already (its chunks carry structure tags). */
  private boolean tagged(PdfPCell[] cells) {
    for (PdfPCell cell : cells) {
      if (cell == null) {
        continue;
      }
      List<Chunk> chunks = new ArrayList<>();
      Chunks.cellChunks(cell, chunks);
      for (Chunk c : chunks) {
        Object key = c.getChunkAttributes() == null ? null : c.getChunkAttributes().get(Chunk.GENERICTAG);
        if (key instanceof String s && s.startsWith("\u00a7")) {
          return true;
        }
      }
    }
    return false;
  }


  /**
   * Makes {@code chunks} the content of {@code element}: directly, or, when some of them link
   * somewhere, through a Span for each run of plain text and a Link for each run that links
   * (an element holds either content or elements, not both).
   */
  private void leaf(PdfStructureElement element, List<Chunk> chunks, boolean repeated) {
    if (chunks.stream().noneMatch(Chunks::links)) {
      content(element, chunks, repeated, null, null);
      return;
    }
    int start = 0;
    while (start < chunks.size()) {
      String link = Chunks.destination(chunks.get(start));
      int end = start + 1;
      while (end < chunks.size() && Objects.equals(Chunks.destination(chunks.get(end)), link)) {
        end++;
      }
      List<Chunk> run = chunks.subList(start, end);
      if (link == null) {
        if (!Chunks.blank(run)) {
          content(tagger.element(element, Role.SPAN), run, repeated, null, null);
        }
      } else {
        StringBuilder text = new StringBuilder();
        run.forEach(c -> text.append(c.getContent()));
        for (Chunk c : run) {
          c.getChunkAttributes().remove(Chunk.LOCALGOTO);
        }
        content(tagger.element(element, Role.LINK), run, repeated, link, text.toString().strip());
      }
      start = end;
    }
    tagger.close(element);
  }

  private void content(
      PdfStructureElement element, List<Chunk> chunks, boolean repeated, String link, String linkText) {
    Map<String, String> keys = new HashMap<>();
    for (Chunk c : chunks) {
      if (c.getContent().isEmpty()) {
        continue;
      }
      Map<String, Object> a = c.getChunkAttributes();
      String alias = a == null ? null : (String) a.get(Chunk.GENERICTAG);
      String lang = a != null && a.get(LANGUAGE) instanceof String l ? l : ScriptLanguage.of(c.getContent(), language);
      String key = keys.computeIfAbsent(lang + "|" + alias,
          k -> tagger.key(tagger.tag(element, lang, link, linkText, alias, repeated)));
      c.setGenericTag(key);
    }
  }
}
