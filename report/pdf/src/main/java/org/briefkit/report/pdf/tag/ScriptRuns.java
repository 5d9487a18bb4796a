package org.briefkit.report.pdf.tag;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of text cut where its words change script, so that each piece can say its language
 * ({@link ScriptLanguage}) to a screen reader (the brief's Korean names in English text, English acronyms in Korean text).
 * Pieces end after a space, where a line may break anyway, so that cutting moves nothing on the
 * page; a word with any Hangul in it is Hangul ("NATO의"), any other word takes the script of
 * its first letter, and a word without letters (a number, a dash) stays with the piece before.
 */
public final class ScriptRuns {
  private ScriptRuns() {}

  /** {@code text} in pieces of one script each, in order; {@code text} whole when it has one. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    UnicodeScript current = null;
    int start = 0;
    int word = 0;
    while (word < text.length()) {
      int end = text.indexOf(' ', word);
      end = end < 0 ? text.length() : end + 1;
      while (end < text.length() && text.charAt(end) == ' ') {
        end++;
      }
      UnicodeScript script = script(text, word, end);
      if (script != null && current != null && script != current) {
        out.add(text.substring(start, word));
        start = word;
      }
      if (script != null) {
        current = script;
      }
      word = end;
    }
    out.add(text.substring(start));
    return out;
  }

  /**
   * The script of the word {@code text[from, to)}: Hangul if it has any, else its first
   * letter's; null without letters. {@link ScriptLanguage} reads a run's language from it.
   */
  static UnicodeScript script(String text, int from, int to) {
    UnicodeScript first = null;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      UnicodeScript s = UnicodeScript.of(cp);
      if (s == UnicodeScript.HANGUL) {
        return s;
      }
      if (first == null) {
        first = s;
      }
    }
    return first;
  }
}
