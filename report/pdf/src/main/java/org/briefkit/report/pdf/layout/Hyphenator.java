package org.briefkit.report.pdf.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a word may take a hyphen, by Liang's pattern algorithm (the one TeX uses) with the
 * patterns of a language. English ships (the plain TeX patterns with the TUGboat exceptions;
 * see {@code hyphen-en.pat} for their licence); a language without patterns offers no point,
 * so its words break only where {@link WordBreaks} allows a break without a hyphen.
 */
public final class Hyphenator {
  private static final Hyphenator NONE = new Hyphenator(Map.of(), 0, 1, 1);

  private final Map<String, byte[]> patterns;
  private final int longest;
  private final int leftMin;
  private final int rightMin;

  private Hyphenator(Map<String, byte[]> patterns, int longest, int leftMin, int rightMin) {
    this.patterns = patterns;
    this.longest = longest;
    this.leftMin = leftMin;
    this.rightMin = rightMin;
  }

  /**
   * The hyphenator of the language of BCP 47 tag {@code language}: English patterns for
   * {@code en} and its regional forms, none for other languages (Korean breaks between
   * syllables, without a hyphen).
   */
  public static Hyphenator forLanguage(String language) {
    String primary = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return primary.equals("en") ? english() : NONE;
  }

  /** The English hyphenator: at least 2 letters before a hyphen and 3 after it. */
  public static Hyphenator english() {
    return English.PATTERNS;
  }

  /** The English patterns, loaded on first use (the holder-class idiom: no lock, no mutable field). */
  private static final class English {
    static final Hyphenator PATTERNS = load("hyphen-en.pat", 2, 3);
  }

  /**
   * The positions in {@code word} before which a hyphen may break it, ascending: 6 and 8 for
   * "organisation" (organi-sa-tion). A word with anything but letters has none, nor has a word
   * shorter than the letters the language keeps on each side.
   */
  public List<Integer> points(String word) {
    List<Integer> out = new ArrayList<>();
    int n = word.length();
    // Letters of the BMP only, whose lower case keeps the word's length (so that points index
    // the word itself: "İ" lower-cases to two chars).
    String lower = word.toLowerCase(Locale.ROOT);
    if (patterns.isEmpty() || n < leftMin + rightMin || lower.length() != n
        || !word.chars().allMatch(c -> Character.isLetter(c) && !Character.isSurrogate((char) c))) {
      return out;
    }
    String w = "." + lower + ".";
    byte[] values = new byte[w.length() + 1];
    for (int i = 0; i < w.length(); i++) {
      for (int j = i + 1; j <= Math.min(w.length(), i + longest); j++) {
        byte[] v = patterns.get(w.substring(i, j));
        if (v != null) {
          for (int k = 0; k < v.length; k++) {
            values[i + k] = (byte) Math.max(values[i + k], v[k]);
          }
        }
      }
    }
    // values[i + 1] lies between word[i - 1] and word[i] (the leading dot shifts by one)
    for (int i = leftMin; i <= n - rightMin; i++) {
      if (values[i + 1] % 2 == 1) {
        out.add(i);
      }
    }
    return out;
  }

  /** The word with a hyphen at each of its points: "or-gan-i-sa-tion". For tests and messages. */
  public String show(String word) {
    StringBuilder b = new StringBuilder(word);
    List<Integer> p = points(word);
    for (int i = p.size() - 1; i >= 0; i--) {
      b.insert((int) p.get(i), '-');
    }
    return b.toString();
  }

  private static Hyphenator load(String resource, int leftMin, int rightMin) {
    Map<String, byte[]> patterns = new HashMap<>();
    int longest = 0;
    try (InputStream in = Hyphenator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("hyphenation patterns " + resource + " are missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("%")) {
          continue;
        }
        StringBuilder letters = new StringBuilder();
        List<Byte> values = new ArrayList<>();
        byte pending = 0;
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c >= '0' && c <= '9') {
            pending = (byte) (c - '0');
          } else {
            values.add(pending);
            pending = 0;
            letters.append(c);
          }
        }
        values.add(pending);
        byte[] v = new byte[values.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = values.get(i);
        }
        patterns.put(letters.toString(), v);
        longest = Math.max(longest, letters.length());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hyphenation patterns " + resource, e);
    }
    return new Hyphenator(Map.copyOf(patterns), longest, leftMin, rightMin);
  }
}
