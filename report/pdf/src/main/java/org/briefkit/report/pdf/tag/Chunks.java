package org.briefkit.report.pdf.tag;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The chunks of text in what the brief lays out (phrases, cells, tables), as tagging reads them. */
final class Chunks {
  private Chunks() {}

  /** Whether the first words of {@code chunks} are a bullet ("• "). */
  static boolean startsWithBullet(List<Chunk> chunks) {
    for (Chunk c : chunks) {
      String t = c.getContent().stripLeading();
      if (!t.isEmpty()) {
        return t.startsWith("• ") || t.equals("•");
      }
    }
    return false;
  }

  /**
   * Splits the bullet from the text after it where OpenPDF joined them into one chunk (a phrase
   * joins chunks of one font), so that the bullet can be the item's label. Returns whether it did.
   */
  static boolean splitBullet(Phrase p) {
    for (int i = 0; i < p.size(); i++) {
      Object e = p.get(i);
      if (e instanceof Phrase inner) {
        return splitBullet(inner);
      }
      if (e instanceof Chunk c && !c.getContent().isBlank()) {
        String content = c.getContent();
        int bullet = content.indexOf('•');
        int text = bullet + 1;
        while (text < content.length() && content.charAt(text) == ' ') {
          text++;
        }
        if (bullet < 0 || text >= content.length()) {
          return false;
        }
        Chunk label = new Chunk(content.substring(0, text), c.getFont());
        Chunk rest = new Chunk(content.substring(text), c.getFont());
        if (c.hasAttributes()) {
          label.setChunkAttributes(new HashMap<>(c.getChunkAttributes()));
          rest.setChunkAttributes(new HashMap<>(c.getChunkAttributes()));
        }
        // set, not add: Phrase.add would join them again
        p.set(i, label);
        p.add(i + 1, rest);
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is a bullet alone. */
  static boolean isBullet(String s) {
    String t = s.strip();
    return t.equals("•") || t.equals("–") || t.equals("-") || t.equals("▪");
  }

  /** Adds the chunks of {@code cell}, whatever it holds (text, elements, a table), to {@code out}. */
  static void cellChunks(PdfPCell cell, List<Chunk> out) {
    if (cell.getTable() != null) {
      tableChunks(cell.getTable(), out);
    } else if (cell.getCompositeElements() != null && !cell.getCompositeElements().isEmpty()) {
      for (Object e : cell.getCompositeElements()) {
        if (e instanceof Phrase p) {
          out.addAll(chunks(p));
        } else if (e instanceof PdfPTable t) {
          tableChunks(t, out);
        }
      }
    } else if (cell.getPhrase() != null) {
      out.addAll(chunks(cell.getPhrase()));
    }
  }

  /** Adds the chunks of every cell of {@code t} to {@code out}. */
  static void tableChunks(PdfPTable t, List<Chunk> out) {
    for (PdfPRow row : t.getRows()) {
      for (PdfPCell cell : row.getCells()) {
        if (cell != null) {
          cellChunks(cell, out);
        }
      }
    }
  }

  /** The chunks of {@code p}, in order, those of nested phrases included. */
  static List<Chunk> chunks(Phrase p) {
    List<Chunk> out = new ArrayList<>();
    collect(p, out);
    return out;
  }

  private static void collect(Phrase p, List<Chunk> out) {
    for (Element e : p) {
      if (e instanceof Chunk c) {
        out.add(c);
      } else if (e instanceof Phrase inner) {
        collect(inner, out);
      }
    }
  }

  /** Whether {@code chunks} show no text. */
  static boolean blank(List<Chunk> chunks) {
    for (Chunk c : chunks) {
      if (!c.getContent().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} links to a destination in the brief. */
  static boolean links(Chunk c) {
    return destination(c) != null;
  }

  /** The destination {@code c} links to, or null. */
  static String destination(Chunk c) {
    Map<String, Object> a = c.getChunkAttributes();
    return a == null ? null : (String) a.get(Chunk.LOCALGOTO);
  }
}
