package org.briefkit.report.pdf.layout;


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
    moveTowards(w, content, content);
  }

  /**
   * Moves width from the columns wider than their {@code target} to the columns narrower, each in
   * proportion to its distance from its target, as much as both sides allow; a column whose
   * {@code content} is NaN (more than text) keeps its width.
   */
  private static void moveTowards(float[] w, float[] target, float[] content) {
    float surplus = 0;
    float deficit = 0;
    for (int i = 0; i < w.length; i++) {
      if (Float.isNaN(content[i])) {
        continue;
      }
      if (target[i] < w[i]) {
        surplus += w[i] - target[i];
      } else {
        deficit += target[i] - w[i];
      }
    }
    if (surplus <= 0 || deficit <= 0) {
      return;
    }
    float moved = Math.min(surplus, deficit);
    for (int i = 0; i < w.length; i++) {
      if (Float.isNaN(content[i])) {
        continue;
      }
      if (target[i] < w[i]) {
        w[i] -= (w[i] - target[i]) * moved / surplus;
      } else {
        w[i] += (target[i] - w[i]) * moved / deficit;
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
    moveTowards(w, word, content);
  }
}
