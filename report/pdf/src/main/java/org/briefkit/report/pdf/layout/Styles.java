package org.briefkit.report.pdf.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import org.briefkit.report.pdf.tag.ScriptRuns;
import java.awt.Color;
import org.briefkit.model.Colour;
import org.briefkit.report.Theme;
import org.briefkit.report.pdf.font.BriefFonts;

/**
 * The type and colours of one brief: sizes, leading, and text filtered through the fonts, so
 * that every character is set in a face that has it.
 */
public final class Styles {
  static final float BODY = 9.5f;
  static final float SMALL = 8f;
  static final float LEADING = 1.38f;

  private final BriefFonts fonts;
  private final Color accent;
  private final Color text;
  private final Color muted;
  private final Color rule;
  private final Color tableHeader;

  /** The styles of a brief set in {@code fonts}, coloured by {@code theme}. */
  public Styles(BriefFonts fonts, Theme theme) {
    this.fonts = fonts;
    this.accent = awt(theme.accent());
    this.text = awt(theme.text());
    this.muted = awt(theme.muted());
    this.rule = mix(muted, Color.WHITE, 0.55);
    this.tableHeader = mix(accent, Color.WHITE, 0.88);
  }

  /** The fonts of the brief. */
  public BriefFonts fonts() {
    return fonts;
  }

  /** The accent colour: headings, markings, rules. */
  public Color accent() {
    return accent;
  }

  /** The colour of body text. */
  public Color text() {
    return text;
  }

  /** The colour of secondary text. */
  public Color muted() {
    return muted;
  }

  /** The colour of thin rules between table rows and in the header and footer. */
  public Color rule() {
    return rule;
  }

  /** The background of table header cells. */
  public Color tableHeader() {
    return tableHeader;
  }

  /** The AWT colour of a model colour. */
  public static Color awt(Colour c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  /** {@code a} mixed with {@code b}: 0 gives a, 1 gives b. Opaque. */
  public static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  /**
   * The text font; bold is the bold face, or, when the font found has no bold face beside it,
   * the regular face emboldened by outlining.
   */
  public Font font(boolean bold, float size, Color colour) {
    boolean simulate = bold && fonts.bold() == fonts.regular();
    return new Font(bold ? fonts.bold() : fonts.regular(), size, simulate ? Font.BOLD : Font.NORMAL, colour);
  }

  private boolean isBold(Font f) {
    return fonts.bold() == fonts.regular() ? (f.getStyle() & Font.BOLD) != 0 : f.getBaseFont() == fonts.bold();
  }

  /** Body text. */
  public Font body() {
    return font(false, BODY, text);
  }

  /** Bold body text. */
  public Font bodyBold() {
    return font(true, BODY, text);
  }

  /** The chunk attribute of a piece of a run cut where its script changes. */
  static final String SCRIPT_RUN = "org.briefkit.scriptRun";

  /** Small text: tables, notes. */
  public Font small() {
    return font(false, SMALL, text);
  }

  /** Small secondary text. */
  public Font smallMuted() {
    return font(false, SMALL, muted);
  }

  /** Small bold text. */
  public Font smallBold() {
    return font(true, SMALL, text);
  }

  /**
   * The text as chunks, each in the first face that has its characters; characters no face
   * has are dropped and the text is remembered for the warning.
   */
  public java.util.List<Chunk> chunks(String text, Font f) {
    boolean isBold = isBold(f);
    java.util.List<Chunk> out = new java.util.ArrayList<>();
    StringBuilder run = new StringBuilder();
    int runFace = 0;
    boolean dropped = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int face = BriefFonts.blank(cp) ? runFace : fonts.faceFor(cp, isBold);
      if (face < 0) {
        dropped = true;
        continue;
      }
      if (face != runFace && run.length() > 0) {
        addRun(out, run.toString(), withFace(f, runFace, isBold));
        run.setLength(0);
      }
      runFace = face;
      run.appendCodePoint(cp);
    }
    if (run.length() > 0 || out.isEmpty()) {
      addRun(out, run.toString(), withFace(f, runFace, isBold));
    }
    if (dropped) {
      fonts.leftOut(text);
    }
    return out;
  }

  /**
   * Adds a run of one face as chunks of one script each ({@link ScriptRuns}); pieces of a run
   * carry an attribute that keeps a phrase from joining them again.
   */
  private static void addRun(java.util.List<Chunk> out, String run, Font font) {
    java.util.List<String> pieces = ScriptRuns.of(run);
    for (String piece : pieces) {
      Chunk c = WordSplit.of(new Chunk(piece, font));
      if (pieces.size() > 1) {
        if (c.getChunkAttributes() == null) {
          c.setChunkAttributes(new java.util.HashMap<>());
        }
        c.getChunkAttributes().put(SCRIPT_RUN, Boolean.TRUE);
      }
      out.add(c);
    }
  }

  private Font withFace(Font f, int face, boolean isBold) {
    return face == 0
        ? f
        : new Font(fonts.faces().get(face).of(isBold), f.getSize(), Font.NORMAL, f.getColor());
  }

  /** The text as a phrase of chunks without a leading of its own. */
  public Phrase chunk(String s, Font f) {
    Phrase p = new Phrase();
    p.setFont(f);
    for (Chunk c : chunks(s, f)) {
      p.add(c);
    }
    return p;
  }

  /** The text as a phrase of chunks with the leading of {@code f}. */
  public Phrase phrase(String s, Font f) {
    Phrase p = new Phrase(f.getSize() * LEADING);
    p.setFont(f);
    for (Chunk c : chunks(s, f)) {
      p.add(c);
    }
    return p;
  }

  /** The text as a paragraph with the leading of {@code f}. */
  public Paragraph paragraph(String s, Font f) {
    Paragraph p = paragraph(f);
    for (Chunk c : chunks(s, f)) {
      p.add(c);
    }
    return p;
  }

  /** An empty paragraph with the leading of {@code f}, for chunks in several fonts. */
  public Paragraph paragraph(Font f) {
    Paragraph p = new Paragraph(f.getSize() * LEADING);
    p.setFont(f);
    return p;
  }
}
