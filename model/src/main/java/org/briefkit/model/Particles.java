package org.briefkit.model;

/**
 * Korean particles chosen by the word they follow. A particle such as 은/는 (topic), 이/가
 * (subject), 을/를 (object), 과/와 (and) or 으로/로 (by, to) takes its first form after a
 * syllable with a final consonant (batchim) and its second after a vowel: "한국은", "나토는".
 * 으로/로 also takes 로 after the final consonant ㄹ ("서울로").
 *
 * <p>The word's last sound decides: a Hangul syllable by its final consonant; a parenthesis at
 * the end ("나토(NATO)") is skipped, as Korean reads the word before it; digits and Latin
 * letters by how Korean reads them (1 일, 2 이; "NATO" 나토, "EU" 이유, "Seoul" 서울), which for
 * Latin words is an estimate from the spelling.
 */
public final class Particles {
  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  private static final int FINAL_RIEUL = 8;
  // How Korean reads each digit: 영 일 이 삼 사 오 육 칠 팔 구 — which end in a consonant.
  private static final String DIGITS_WITH_FINAL = "0136789";
  private static final String DIGITS_FINAL_RIEUL = "178";

  private Particles() {}

  /** What ends a word, for the particle after it. */
  enum Ending {
    VOWEL,
    CONSONANT,
    RIEUL
  }

  /**
   * {@code word} followed by the form of a particle that fits it: {@code withFinal} after a
   * final consonant, {@code withoutFinal} after a vowel ("나토" + 은/는 = "나토는"). For
   * 으로/로, 로 also follows ㄹ.
   *
   * @throws IllegalArgumentException if {@code word} is blank
   */
  public static String attach(String word, String withFinal, String withoutFinal) {
    return word + choose(word, withFinal, withoutFinal);
  }

  /** The form of a particle that fits after {@code word}, as {@link #attach} adds it. */
  public static String choose(String word, String withFinal, String withoutFinal) {
    Ending e = ending(word);
    if (e == Ending.RIEUL && withFinal.equals("으로")) {
      return withoutFinal;
    }
    return e == Ending.VOWEL ? withoutFinal : withFinal;
  }

  /** Whether {@code word} ends in a final consonant as Korean reads it. */
  public static boolean hasFinalConsonant(String word) {
    return ending(word) != Ending.VOWEL;
  }

  static Ending ending(String word) {
    String w = trimmed(word);
    if (w.isEmpty()) {
      throw new IllegalArgumentException("word (\"" + word + "\") must not be blank");
    }
    int last = w.codePointBefore(w.length());
    if (last >= SYLLABLE_FIRST && last <= SYLLABLE_LAST) {
      int jong = (last - SYLLABLE_FIRST) % 28;
      return jong == 0 ? Ending.VOWEL : jong == FINAL_RIEUL ? Ending.RIEUL : Ending.CONSONANT;
    }
    if (last >= '0' && last <= '9') {
      char c = (char) last;
      return DIGITS_FINAL_RIEUL.indexOf(c) >= 0
          ? Ending.RIEUL
          : DIGITS_WITH_FINAL.indexOf(c) >= 0 ? Ending.CONSONANT : Ending.VOWEL;
    }
    return latin(w);
  }

  /** Drops what Korean does not read before a particle: closing brackets, quotes, spaces. */
  private static String trimmed(String word) {
    String w = word.strip();
    while (!w.isEmpty()) {
      char c = w.charAt(w.length() - 1);
      if (c == ')' || c == '）') {
        int open = Math.max(w.lastIndexOf('('), w.lastIndexOf('（'));
        if (open <= 0) {
          return w.substring(0, w.length() - 1).strip();
        }
        w = w.substring(0, open).strip();
      } else if ("\"'”’»」』.".indexOf(c) >= 0) {
        w = w.substring(0, w.length() - 1).strip();
      } else {
        return w;
      }
    }
    return w;
  }

  /**
   * A Latin word's last sound: an all-capital abbreviation is read letter by letter ("EU" ends
   * in 유, "UN" in 엔) unless it is a known word ("NATO" 나토); other words by their spelling.
   */
  private static Ending latin(String w) {
    int start = w.length();
    while (start > 0 && Character.isLetter(w.charAt(start - 1)) && w.charAt(start - 1) < 0x250) {
      start--;
    }
    String tail = w.substring(start);
    if (tail.isEmpty()) {
      return Ending.VOWEL;
    }
    boolean capitals = tail.length() > 1 && tail.equals(tail.toUpperCase(java.util.Locale.ROOT));
    if (capitals && !tail.equals("NATO")) {
      char c = tail.charAt(tail.length() - 1);
      return c == 'L' || c == 'R' ? Ending.RIEUL : "MN".indexOf(c) >= 0 ? Ending.CONSONANT : Ending.VOWEL;
    }
    String t = tail.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith("l")) {
      return Ending.RIEUL;
    }
    if (t.endsWith("e") || t.endsWith("y") || t.endsWith("r") || t.endsWith("w")
        || "aeiou".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return Ending.VOWEL;
    }
    return t.endsWith("s") || t.endsWith("x") || t.endsWith("f") || t.endsWith("v")
            || t.endsWith("z") || t.endsWith("h")
        ? Ending.VOWEL
        : Ending.CONSONANT;
  }
}
