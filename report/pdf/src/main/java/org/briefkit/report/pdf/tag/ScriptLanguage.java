package org.briefkit.report.pdf.tag;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/**
 * The language a run of text is taken to be in, for its {@code /Lang}, from the script its
 * letters are written in: any Hangul makes it Korean ("NATO의"), else its first letter decides: Cyrillic Russian (Ukrainian with є, і, ї or ґ), kana Japanese, Han Chinese
 * (unless the document is Japanese or Korean), Latin the document's language, or English in a
 * document whose own language is not written in Latin letters. The case says nothing more
 * precise about its names in other scripts, so this is a reading aid, not a claim.
 */
final class ScriptLanguage {
  private ScriptLanguage() {}

  /**
   * The BCP 47 tag of {@code text} in a document whose language is {@code documentLanguage},
   * or null when it is the document's language (or the text has no letters).
   */
  static String of(String text, String documentLanguage) {
    String base = documentLanguage.toLowerCase(Locale.ROOT);
    int dash = base.indexOf('-');
    if (dash > 0) {
      base = base.substring(0, dash);
    }
    UnicodeScript script = ScriptRuns.script(text, 0, text.length());
    if (script == null) {
      return null;
    }
    String lang = switch (script) {
      case HANGUL -> "ko";
      case CYRILLIC -> ukrainian(text) ? "uk" : "ru";
      case HIRAGANA, KATAKANA -> "ja";
      case HAN -> base.equals("ja") || base.equals("ko") ? base : "zh";
      case GREEK -> "el";
      case ARABIC -> "ar";
      case HEBREW -> "he";
      case LATIN -> latinWritten(base) ? base : "en";
      default -> base;
    };
    return lang.equals(base) ? null : lang;
  }

  /**
   * The BCP 47 tag of {@code name}, a name in the script of country {@code country} (ISO 3166
   * alpha-2), or null when it is the document's language: where a script serves several
   * languages, the country says which (Han in Japan is Japanese, Cyrillic in Ukraine Ukrainian).
   */
  static String ofName(String name, String country, String documentLanguage) {
    String byScript = of(name, documentLanguage);
    if (byScript == null || country == null) {
      return byScript;
    }
    String byCountry = switch (byScript) {
      case "zh", "ja" -> switch (country) {
        case "JP" -> "ja";
        case "KR", "KP" -> "ko";
        default -> byScript;
      };
      case "ru", "uk" -> switch (country) {
        case "UA" -> "uk";
        case "BY" -> "be";
        case "BG" -> "bg";
        case "RS" -> "sr";
        case "MK" -> "mk";
        case "KZ" -> "kk";
        case "MN" -> "mn";
        default -> byScript;
      };
      default -> byScript;
    };
    return byCountry.equals(documentLanguage) ? null : byCountry;
  }

  /** Whether Cyrillic {@code text} has letters only Ukrainian writes (є, і, ї, ґ). */
  private static boolean ukrainian(String text) {
    return text.chars().anyMatch(c -> "ЄєІіЇїҐґ".indexOf(c) >= 0);
  }

  private static boolean latinWritten(String language) {
    return switch (language) {
      case "ko", "ja", "zh", "ru", "uk", "bg", "sr", "el", "ar", "he", "fa" -> false;
      default -> true;
    };
  }
}
