package org.briefkit.report.pdf.text;

import com.google.common.collect.ImmutableMap;
import org.briefkit.model.Confidence;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Keyed;
import org.briefkit.model.Messages;

/**
 * The words the brief generates (headings, captions, table headers, badges, page furniture,
 * sentences), in the brief's language: the bundles {@code brief_en.properties} and {@code
 * brief_ko.properties} beside this class, read through it so that they are found on the module
 * path too.
 */
public final class BriefText {
  private static final ImmutableMap<String, Messages> ALL = Messages.all(BriefText.class::getResourceAsStream, "brief");

  private BriefText() {}

  /** The brief's messages in the language BriefKit generates for BCP 47 tag {@code language}. */
  public static Messages load(String language) {
    return Messages.of(ALL, language);
  }

  /**
   * The term of likelihood band {@code b} of {@code scale} in the brief's language: the
   * bundle's {@code scale.<scale>.<band>} (BriefKit's own rendering of the built-in scales'
   * terms), else the scale's own term, as a case's own scale gives it.
   */
  public static String term(Messages text, EstimativeScale scale, EstimativeScale.Band b) {
    String key = "scale." + scale.id() + "." + b.key();
    return text.texts().containsKey(key) ? text.get(key) : b.term();
  }

  /** The name of {@code scale} in the brief's language: the bundle's {@code scale.<scale>.name}, else its own. */
  public static String scaleName(Messages text, EstimativeScale scale) {
    String key = "scale." + scale.id() + ".name";
    return text.texts().containsKey(key) ? text.get(key) : scale.name();
  }

  /** A printed figure as the brief's language writes it: "80–95 %", in Korean "80–95%". */
  public static String figure(Messages text, String printed) {
    return text.korean() ? printed.replace(" %", "%") : printed;
  }

  /** A confidence as a reader sees it: "moderate confidence", "중간 신뢰도". */
  public static String confidence(Messages text, Confidence confidence) {
    return text.get("confidence." + confidence.key());
  }

  /**
   * A reader's label of an enumeration constant, {@code enum.<Type>.<key>} in the bundle
   * ("Office change", "정상회담").
   */
  public static String label(Messages text, Keyed value) {
    return text.get("enum." + ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.key());
  }
}
