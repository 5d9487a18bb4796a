package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Breaks the words of a cell's text that are wider than the cell, before OpenPDF sees them:
 * left alone, OpenPDF cuts such a word at whatever letter reaches the edge ("Organisati / on").
 * A word is broken at the last point that leaves its first part on the line — after a hyphen,
 * dash or slash as it stands, else at a hyphenation point of the language with a hyphen added,
 * else, as a last resort, between two letters with a hyphen added (between two Hangul
 * syllables without one, as Korean writes) — and each break is a line break, so that OpenPDF
 * ends the line exactly there. Words of Chinese or Japanese characters, which OpenPDF breaks
 * between characters, are left to it; Korean words it keeps whole ({@link WordSplit}).
 */
public final class WordBreaks {
  /** Room kept at the edge, so that a part measured to fit is never cut by rounding. */
  static final float SLACK = 1f;

  /** What a word may exceed its room by, for the rounding of widths summed in another order. */
  private static final float ROUNDING = 0.01f;

  private final Hyphenator hyphenator;

  /** Breaks words where {@code hyphenator} allows. */
  public WordBreaks(Hyphenator hyphenator) {
    this.hyphenator = hyphenator;
  }

  /**
   * The chunks with a line break (and a hyphen where a word is split) inserted into every word
   * wider than {@code width} points; {@code chunks} itself when no word needs one.
   */
  public List<Chunk> fit(List<Chunk> chunks, float width) {
    Run run = new Run(chunks);
    String text = run.text;
    float room = width - SLACK + ROUNDING;
    List<int[]> breaks = new ArrayList<>(); // {position, 1 if a hyphen is added}
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (run.width(i, end) > room && !brokenByOpenPdf(text, i, end)) {
        breakWord(run, i, end, room, breaks);
      }
      i = end;
    }
    return breaks.isEmpty() ? chunks : run.with(breaks);
  }

  /**
   * Breaks the words of the text cells of {@code t} that are wider than their cells, the
   * columns being {@code widths} points wide. Cells holding a table, an image or elements of
   * their own are left alone. Whether any word was broken.
   */
  public boolean fitCells(PdfPTable t, float[] widths) {
    boolean changed = false;
    for (PdfPRow row : t.getRows()) {
      PdfPCell[] cells = row.getCells();
      for (int c = 0; c < cells.length; c++) {
        PdfPCell cell = cells[c];
        if (!isText(cell)) {
          continue;
        }
        float width = -cell.getEffectivePaddingLeft() - cell.getEffectivePaddingRight();
        for (int k = c; k < Math.min(widths.length, c + cell.getColspan()); k++) {
          width += widths[k];
        }
        List<Chunk> chunks = chunks(cell);
        List<Chunk> fitted = fit(chunks, width);
        if (fitted != chunks) {
          Phrase p = new Phrase(cell.getPhrase().getLeading());
          p.setFont(cell.getPhrase().getFont());
          fitted.forEach(p::add);
          cell.setPhrase(p);
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * Whether {@code cell} holds text alone, as a phrase: not a table, an image or elements added
   * to it (a cell made with a phrase and then given elements keeps the phrase, unused).
   */
  static boolean isText(PdfPCell cell) {
    return cell != null && cell.getPhrase() != null && cell.getTable() == null && cell.getImage() == null
        && (cell.getCompositeElements() == null || cell.getCompositeElements().isEmpty());
  }

  /** The chunks of a text cell's phrase. */
  static List<Chunk> chunks(PdfPCell cell) {
    List<Chunk> out = new ArrayList<>();
    for (Element e : cell.getPhrase().getChunks()) {
      out.add((Chunk) e);
    }
    return out;
  }

  private void breakWord(Run run, int start, int end, float room, List<int[]> breaks) {
    String text = run.text;
    List<Integer> hyphens = new ArrayList<>();
    for (int i = start; i < end; ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < end && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String letters = text.substring(i, j);
      // an abbreviation ("CCDCOE") is no word to hyphenate
      boolean abbreviation = letters.codePoints().filter(Character::isLowerCase).count() == 0;
      for (int p : abbreviation ? List.<Integer>of() : hyphenator.points(letters)) {
        hyphens.add(i + p);
      }
      i = j;
    }
    int from = start;
    while (run.width(from, end) > room) {
      int at = -1;
      boolean hyphen = false;
      for (int b = end - 1; b > from && at < 0; b--) {
        if (allowsBreakAfter(text.charAt(b - 1)) && run.width(from, b) <= room) {
          at = b;
        } else if (hyphens.contains(b) && run.width(from, b) + run.hyphenWidth(b) <= room) {
          at = b;
          hyphen = true;
        }
      }
      if (at < 0) {
        at = from + 1;
        while (at + 1 < end && run.width(from, at + 1) + run.hyphenWidth(at + 1) <= room) {
          at++;
        }
        if (Character.isHighSurrogate(text.charAt(at - 1)) && at < end) {
          at++; // never between the two halves of a character outside the BMP
        }
        hyphen = !(WordSplit.hangul(text.charAt(at - 1)) && at < end && WordSplit.hangul(text.charAt(at)));
      }
      breaks.add(new int[] {at, hyphen ? 1 : 0});
      from = at;
    }
  }

  /** Whether a line may end after {@code c} without a hyphen added: a hyphen, dash or slash. */
  static boolean allowsBreakAfter(char c) {
    return c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '/' || c == '\\';
  }

  /**
   * Whether OpenPDF breaks the word itself between characters, as it does Chinese and Japanese
   * (not Hangul: {@link WordSplit} keeps Korean words whole).
   */
  private static boolean brokenByOpenPdf(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x2e80 && c < 0xd7a0 && !WordSplit.hangul(c)) {
        return true;
      }
    }
    return false;
  }

  /** The text of a cell's chunks, with the font of each character. */
  private static final class Run {
    final List<Chunk> chunks;
    final String text;
    final int[] chunkOf;

    Run(List<Chunk> chunks) {
      this.chunks = chunks;
      StringBuilder b = new StringBuilder();
      List<Integer> owners = new ArrayList<>();
      for (int k = 0; k < chunks.size(); k++) {
        String content = chunks.get(k).getContent();
        b.append(content);
        for (int i = 0; i < content.length(); i++) {
          owners.add(k);
        }
      }
      text = b.toString();
      chunkOf = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    float width(int from, int to) {
      float w = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c)) {
          continue;
        }
        int cp = text.codePointAt(i);
        Font f = chunks.get(chunkOf[i]).getFont();
        w += baseFont(f).getWidthPoint(cp, f.getSize());
      }
      return w;
    }

    /** The width of a hyphen in the font of the character before {@code at}. */
    float hyphenWidth(int at) {
      Font f = chunks.get(chunkOf[at - 1]).getFont();
      return baseFont(f).getWidthPoint('-', f.getSize());
    }

    List<Chunk> with(List<int[]> breaks) {
      List<StringBuilder> contents = new ArrayList<>();
      for (Chunk c : chunks) {
        contents.add(new StringBuilder());
      }
      int next = 0;
      for (int i = 0; i < text.length(); i++) {
        if (next < breaks.size() && breaks.get(next)[0] == i) {
          contents.get(chunkOf[i - 1]).append(breaks.get(next)[1] == 1 ? "-\n" : "\n");
          next++;
        }
        contents.get(chunkOf[i]).append(text.charAt(i));
      }
      List<Chunk> out = new ArrayList<>();
      for (int k = 0; k < chunks.size(); k++) {
        Chunk c = chunks.get(k);
        String content = contents.get(k).toString();
        if (content.equals(c.getContent())) {
          out.add(c);
        } else {
          Chunk n = new Chunk(content, c.getFont());
          if (c.hasAttributes()) {
            n.setChunkAttributes(new HashMap<>(c.getChunkAttributes()));
          }
          out.add(n);
        }
      }
      return out;
    }
  }

  /** The font program of {@code f}. */
  static BaseFont baseFont(Font f) {
    return f.getBaseFont() != null ? f.getBaseFont() : f.getCalculatedBaseFont(false);
  }

  /** The width in points of the widest word (a run without spaces) of {@code chunks}. */
  static float widestWord(List<Chunk> chunks) {
    Run run = new Run(chunks);
    return widest(run, true);
  }

  /** The width in points of the widest line of {@code chunks}, as if the cell were unbounded. */
  static float widestLine(List<Chunk> chunks) {
    return widest(new Run(chunks), false);
  }

  private static float widest(Run run, boolean words) {
    float max = 0;
    int start = 0;
    String t = run.text;
    for (int i = 0; i <= t.length(); i++) {
      boolean end = i == t.length() || t.charAt(i) == '\n' || (words && Character.isWhitespace(t.charAt(i)));
      if (end) {
        max = Math.max(max, run.width(start, i));
        start = i + 1;
      }
    }
    return max;
  }
}
