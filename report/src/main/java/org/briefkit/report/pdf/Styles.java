package org.briefkit.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.awt.Color;
import org.briefkit.model.Colour;
import org.briefkit.report.Theme;

/** The type and colours of one brief: sizes, leading, and text filtered through the fonts. */
final class Styles {
  static final float BODY = 9.5f;
  static final float SMALL = 8f;
  static final float LEADING = 1.38f;

  final BriefFonts fonts;
  final Color accent;
  final Color text;
  final Color muted;
  final Color rule;
  final Color tableHeader;
  final Color stripe;

  Styles(BriefFonts fonts, Theme theme) {
    this.fonts = fonts;
    this.accent = awt(theme.accent());
    this.text = awt(theme.text());
    this.muted = awt(theme.muted());
    this.rule = mix(muted, Color.WHITE, 0.55);
    this.tableHeader = mix(accent, Color.WHITE, 0.88);
    this.stripe = new Color(0xF6, 0xF7, 0xF9);
  }

  static Color awt(Colour c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  /** {@code a} mixed with {@code b}: 0 gives a, 1 gives b. Opaque. */
  static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  Font font(boolean bold, float size, Color colour) {
    return new Font(bold ? fonts.bold : fonts.regular, size, Font.NORMAL, colour);
  }

  Font body() {
    return font(false, BODY, text);
  }

  Font bodyBold() {
    return font(true, BODY, text);
  }

  Font small() {
    return font(false, SMALL, text);
  }

  Font smallMuted() {
    return font(false, SMALL, muted);
  }

  Font smallBold() {
    return font(true, SMALL, text);
  }

  /** A chunk of text as the fonts can show it. */
  Chunk chunk(String s, Font f) {
    return new Chunk(fonts.shown(s), f);
  }

  Phrase phrase(String s, Font f) {
    return new Phrase(f.getSize() * LEADING, fonts.shown(s), f);
  }

  Paragraph paragraph(String s, Font f) {
    Paragraph p = new Paragraph(f.getSize() * LEADING, fonts.shown(s), f);
    return p;
  }

  Paragraph paragraph(Font f) {
    Paragraph p = new Paragraph(f.getSize() * LEADING);
    p.setFont(f);
    return p;
  }
}
