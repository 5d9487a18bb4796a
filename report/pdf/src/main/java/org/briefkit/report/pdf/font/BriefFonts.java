package org.briefkit.report.pdf.font;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefkit.report.ReportOptions.FontOptions;

/**
 * The fonts of one rendering: a regular and a bold face, as embedded PDF fonts and as the AWT
 * fonts charts are measured and drawn with, both from the same file.
 *
 * <p>Every rendering loads its own {@link BaseFont}s, uncached, and gives each a seeded random
 * source for its subset tag ({@code ABCDEF+NanumGothic}): the tag is then a function of the font
 * and the document alone, and no font object (with its per-document random source) is shared
 * between renderings, so renderings in parallel neither interfere nor differ.
 */
public final class BriefFonts {
  private static final String BUNDLED = "/org/briefkit/report/fonts/";
  private static final int HANGUL_SAMPLE = 0xD55C; // 한

  /**
   * A regular and a bold face of one family.
   *
   * @param regular the regular face
   * @param bold the bold face (the regular one when the family has no bold beside it)
   */
  public record Face(BaseFont regular, BaseFont bold) {
    /** The bold face when {@code isBold}, else the regular. */
    public BaseFont of(boolean isBold) {
      return isBold ? bold : regular;
    }
  }

  private final ImmutableList<Face> faces;
  private final BaseFont regular;
  private final BaseFont bold;
  private final Font awtRegular;
  private final Font awtBold;
  private final boolean hangul;
  private final String description;

  private final Set<String> unshown = new LinkedHashSet<>();

  private BriefFonts(ImmutableList<Face> faces, Font awtRegular, Font awtBold, String description) {
    this.faces = faces;
    this.regular = faces.get(0).regular();
    this.bold = faces.get(0).bold();
    this.awtRegular = awtRegular;
    this.awtBold = awtBold;
    this.hangul = faces.stream().anyMatch(f -> f.regular().charExists(HANGUL_SAMPLE));
    this.description = description;
  }

  /** The faces in order of preference; a character is set in the first face that has it. */
  public ImmutableList<Face> faces() {
    return faces;
  }

  /** The regular face of the first family, the one charts draw in. */
  public BaseFont regular() {
    return regular;
  }

  /** The bold face of the first family. */
  public BaseFont bold() {
    return bold;
  }

  /** The AWT font charts measure and draw regular text with, from the same file as {@link #regular()}. */
  public Font awtRegular() {
    return awtRegular;
  }

  /** The AWT font of bold chart text. */
  public Font awtBold() {
    return awtBold;
  }

  /** Whether the faces cover Hangul. */
  public boolean hangul() {
    return hangul;
  }

  /** Describes the faces in use, for messages. */
  public String description() {
    return description;
  }

  /**
   * Loads the fonts the options ask for: the font found by {@link FontLocator} first, then the
   * bundled DejaVu Sans for the characters it lacks (Greek, Cyrillic...); or DejaVu Sans alone.
   *
   * @param seed mixed into the subset tags, so that documents differ only when their content does
   */
  public static BriefFonts load(FontOptions options, long seed) throws IOException {
    Face dejaVu =
        new Face(
            baseFont("DejaVuSans.ttf", resource("DejaVuSans.ttf"), seed + 2),
            baseFont("DejaVuSans-Bold.ttf", resource("DejaVuSans-Bold.ttf"), seed + 3));
    Optional<FontLocator.Found> found = FontLocator.locate(options);
    if (found.isPresent()) {
      FontLocator.Found f = found.get();
      byte[] regularBytes = Files.readAllBytes(f.regular());
      String regularName = name(f.regular());
      BaseFont r = baseFont(regularName, regularBytes, seed);
      BaseFont b =
          f.bold().isPresent()
              ? baseFont(name(f.bold().get()), Files.readAllBytes(f.bold().get()), seed + 1)
              : r;
      Font ar = awt(f.regular());
      Font ab = f.bold().isPresent() ? awt(f.bold().get()) : ar.deriveFont(Font.BOLD);
      return new BriefFonts(
          ImmutableList.of(new Face(r, b), dejaVu), ar, ab,
          f.regular().getFileName() + " and the bundled DejaVu Sans");
    }
    return new BriefFonts(
        ImmutableList.of(dejaVu), Bundled.REGULAR, Bundled.BOLD, "the bundled DejaVu Sans");
  }

  /** A file name as OpenPDF wants it: collections get their first face ({@code x.ttc,0}). */
  private static String name(Path p) {
    String n = p.getFileName().toString();
    return n.toLowerCase(Locale.ROOT).endsWith(".ttc") ? n + ",0" : n;
  }

  private static BaseFont baseFont(String name, byte[] bytes, long seed) throws IOException {
    try {
      BaseFont bf =
          BaseFont.createFont(
              name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
      bf.setSubset(true);
      // PDF/UA wants a CIDSet to list every glyph of the subset, and OpenPDF's lists fewer: write
      // none, except where PDF/A-1 asks for it (OpenPDF then writes it regardless).
      bf.setIncludeCidSet(false);
      bf.setSecureRandom(new SeededRandom(seed ^ fnv(bf.getPostscriptFontName())));
      return bf;
    } catch (DocumentException e) {
      throw new IOException("cannot use font " + name + ": " + e.getMessage(), e);
    }
  }

  private static Font awt(Path file) throws IOException {
    try {
      return Font.createFonts(file.toFile())[0];
    } catch (FontFormatException e) {
      throw new IOException("cannot read font " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The AWT faces of the bundled font, made once: AWT copies a font read from a stream into
   * a temporary file, which should happen once per JVM, not once per document. Fonts are
   * immutable.
   */
  private static final class Bundled {
    static final Font REGULAR = awt(resource("DejaVuSans.ttf"), "DejaVuSans.ttf");
    static final Font BOLD = awt(resource("DejaVuSans-Bold.ttf"), "DejaVuSans-Bold.ttf");

    private static Font awt(byte[] bytes, String what) {
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        return Font.createFonts(in)[0];
      } catch (FontFormatException | IOException e) {
        throw new IllegalStateException("cannot read bundled font " + what, e);
      }
    }
  }

  private static byte[] resource(String file) {
    try (InputStream in = BriefFonts.class.getResourceAsStream(BUNDLED + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled font " + file + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + file, e);
    }
  }

  /**
   * The text as the chart font can show it (charts draw in the first face only): characters
   * the face lacks are dropped and the text is remembered for the warning.
   */
  public String shown(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!blank(cp) && !regular.charExists(cp)) {
        if (b == null) {
          b = new StringBuilder(text.substring(0, i));
        }
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i = next;
    }
    if (b == null) {
      return text;
    }
    unshown.add(text);
    return b.toString().replace(" ()", "").replace("()", "").trim();
  }

  /** The index of the first face that has {@code cp}, or -1. */
  public int faceFor(int cp, boolean isBold) {
    for (int i = 0; i < faces.size(); i++) {
      if (faces.get(i).of(isBold).charExists(cp)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code cp} is white space or a control character, which any face can carry. */
  public static boolean blank(int cp) {
    return Character.isISOControl(cp) || Character.isWhitespace(cp) || cp == 0xA0;
  }

  /** Whether every character of {@code text} can be shown in some face. */
  public boolean canShow(String text) {
    return text.codePoints().allMatch(cp -> blank(cp) || faceFor(cp, false) >= 0);
  }

  /** Notes text left out entirely because it cannot be shown. */
  public void leftOut(String text) {
    unshown.add(text);
  }

  /** The texts that could not be shown in their own script, in the order met. */
  public ImmutableList<String> unshown() {
    return ImmutableList.copyOf(unshown);
  }

  /** Maps every AWT font a chart uses to the embedded faces. */
  public FontMapper mapper() {
    return new FontMapper() {
      @Override
      public BaseFont awtToPdf(Font font) {
        return font.isBold() ? bold : regular;
      }

      @Override
      public Font pdfToAwt(BaseFont font, int size) {
        return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
      }
    };
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= x;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /**
   * A random source that repeats: OpenPDF draws the six letters of a subset tag from it. Not
   * for anything secret.
   */
  static final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private long state;

    SeededRandom(long seed) {
      super();
      this.state = seed;
    }

    @Override
    public double nextDouble() {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return (z >>> 11) * 0x1.0p-53;
    }
  }
}
