package org.briefkit.report.pdf.layout;

import java.util.Arrays;

/**
 * The widths of a table's columns, following their content. A column starts at its share of
 * the table's width (the proportions a section asks for); a column whose widest content needs
 * less gives the rest to the columns whose content wraps; then a column narrower than its
 * longest word is widened to it, taking from the columns that are wider than theirs, as far as
 * they have room to give (when the longest words do not fit side by side, the columns share the
 * width in their proportion). A word still wider than its column is broken with a hyphen
 * ({@link WordBreaks}).
 */
public final class ColumnWidths {
  private ColumnWidths() {}

  /**
   * The widths, summing to {@code total}, of columns asking for {@code shares} (relative), whose
   * longest word needs {@code word} points and widest content {@code content} points (each with
   * the cell's padding). A column whose content is NaN (not text alone, such as badges) keeps
   * its share: it neither gives nor takes.
   */
  public static float[] of(float total, float[] shares, float[] word, float[] content) {
    int n = shares.length;
    if (word.length != n || content.length != n) {
      throw new IllegalArgumentException("shares (" + n + "), word widths (" + word.length
          + ") and content widths (" + content.length + ") must have one value per column");
    }
    float sum = 0;
    for (float s : shares) {
      sum += s;
    }
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      w[i] = total * shares[i] / sum;
    }
    giveUnusedToWrapping(w, content);
    widenToLongestWord(w, word, content);
    return w;
  }

  /** Columns wider than their content shrink to it; the space goes to columns that wrap. */
  private static void giveUnusedToWrapping(float[] w, float[] content) {
    float freed = 0;
    float need = 0;
    for (int i = 0; i < w.length; i++) {
      if (Float.isNaN(content[i])) {
        continue;
      }
      if (content[i] < w[i]) {
        freed += w[i] - content[i];
      } else {
        need += content[i] - w[i];
      }
    }
    if (need <= 0 || freed <= 0) {
      return;
    }
    float given = Math.min(freed, need);
    float[] before = Arrays.copyOf(w, w.length);
    for (int i = 0; i < w.length; i++) {
      if (Float.isNaN(content[i])) {
        continue;
      }
      if (content[i] < before[i]) {
        w[i] -= (before[i] - content[i]) * given / freed;
      } else {
        w[i] += (content[i] - before[i]) * given / need;
      }
    }
  }

  /**
   * Columns narrower than their longest word take from the columns wider than theirs; when the
   * longest words together are wider than the table, each column gets a share in their proportion.
   */
  private static void widenToLongestWord(float[] w, float[] word, float[] content) {
    float total = 0;
    float words = 0;
    for (int i = 0; i < w.length; i++) {
      if (!Float.isNaN(content[i])) {
        total += w[i];
        words += word[i];
      }
    }
    if (words > 0 && words >= total) {
      for (int i = 0; i < w.length; i++) {
        if (!Float.isNaN(content[i])) {
          w[i] = total * word[i] / words;
        }
      }
      return;
    }
    float deficit = 0;
    float surplus = 0;
    for (int i = 0; i < w.length; i++) {
      if (Float.isNaN(content[i])) {
        continue;
      }
      if (w[i] < word[i]) {
        deficit += word[i] - w[i];
      } else {
        surplus += w[i] - word[i];
      }
    }
    if (deficit <= 0 || surplus <= 0) {
      return;
    }
    float moved = Math.min(deficit, surplus);
    float[] before = Arrays.copyOf(w, w.length);
    for (int i = 0; i < w.length; i++) {
      if (Float.isNaN(content[i])) {
        continue;
      }
      if (before[i] < word[i]) {
        w[i] += (word[i] - before[i]) * moved / deficit;
      } else {
        w[i] -= (before[i] - word[i]) * moved / surplus;
      }
    }
  }
}
