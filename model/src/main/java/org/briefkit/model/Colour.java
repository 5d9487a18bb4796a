package org.briefkit.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An sRGB colour, written {@code #RRGGBB} in case files.
 *
 * @param rgb the red, green and blue bytes, {@code 0xRRGGBB}
 */
public record Colour(int rgb) {
  private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

  /** Checks that only the low 24 bits are set. */
  public Colour {
    if ((rgb & ~0xFFFFFF) != 0) {
      throw new IllegalArgumentException(
          "colour (" + Integer.toHexString(rgb) + ") must be a 24-bit RGB value");
    }
  }

  /**
   * Parses {@code #RRGGBB}.
   *
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Colour parse(String text) {
    if (!HEX.matcher(Texts.nonNull("colour", text)).matches()) {
      throw new IllegalArgumentException(
          "colour (" + Texts.quote(text) + ") must be #RRGGBB, e.g. #1F77B4");
    }
    return new Colour(Integer.parseInt(text.substring(1), 16));
  }

  /** The red component, 0 to 255. */
  public int red() {
    return (rgb >> 16) & 0xFF;
  }

  /** The green component, 0 to 255. */
  public int green() {
    return (rgb >> 8) & 0xFF;
  }

  /** The blue component, 0 to 255. */
  public int blue() {
    return rgb & 0xFF;
  }

  /** The {@code #RRGGBB} form. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "#%06X", rgb);
  }
}
