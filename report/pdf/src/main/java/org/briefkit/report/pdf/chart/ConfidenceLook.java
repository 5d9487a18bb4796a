package org.briefkit.report.pdf.chart;

import java.awt.Color;
import java.util.Locale;
import org.briefkit.model.Confidence;
import org.briefkit.model.Messages;
import org.briefkit.report.pdf.text.BriefText;

/**
 * How a level of confidence looks wherever the brief shows one: the badge beside a key
 * judgment and the judgment's marker on the estimative scale share it, so that a reader learns
 * it once. The darker the fill, the higher the confidence: high is filled with the accent,
 * moderate with a tint of it, low is only outlined. Every colour is opaque.
 *
 * @param fill the fill of the badge or marker
 * @param ink the colour of text on the fill
 * @param outline the colour of the outline
 */
public record ConfidenceLook(Color fill, Color ink, Color outline) {

  /** The look of {@code confidence} in a brief whose accent colour is {@code accent}. */
  public static ConfidenceLook of(Confidence confidence, Color accent) {
    switch (confidence) {
      case HIGH:
        return new ConfidenceLook(accent, Color.WHITE, accent);
      case MODERATE:
        return new ConfidenceLook(ChartStyle.mix(accent, Color.WHITE, 0.62), accent, accent);
      default:
        return new ConfidenceLook(Color.WHITE, accent, accent);
    }
  }

  /** The words a reader sees: "moderate confidence", in the language of {@code text}. */
  public static String label(Messages text, Confidence confidence) {
    return BriefText.confidence(text, confidence);
  }

}
