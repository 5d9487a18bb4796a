package org.briefkit.samples;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Suggestions;

/**
 * The sample case files shipped with BriefKit, in a fixed order: the flagship first, then its
 * Korean edition.
 *
 * <pre>{@code
 * for (Sample s : Samples.all()) {
 *   try (InputStream in = s.open()) {
 *     // read the case file named s.fileName() from in
 *   }
 * }
 * }</pre>
 */
public final class Samples {
  /** The flagship: South Korea and NATO at the Madrid summit of June 2022. */
  public static final Sample MADRID_2022 =
      new Sample(
          "madrid-2022/korea-nato",
          "South Korea and NATO at the Madrid 2022 summit (two stakeholders, from a real article)");

  /**
   * The flagship's Korean edition: the same case, ids, figures and sources, its text in Korean,
   * so that its brief and workbook are wholly Korean.
   */
  public static final Sample MADRID_2022_KO =
      new Sample(
          "madrid-2022/korea-nato-ko",
          "마드리드 정상회의의 한국과 NATO: the flagship's Korean edition (language: ko)");

  /** A fictional crisis with five stakeholders, for exercising everything the format allows. */
  public static final Sample CALDER_STRAIT =
      new Sample(
          "fictional/calder-strait",
          "The Calder Strait crisis (fictional; five stakeholders, 33 motivations)");

  private static final ImmutableList<Sample> ALL = ImmutableList.of(MADRID_2022, MADRID_2022_KO, CALDER_STRAIT);

  private Samples() {}

  /** Every sample, the flagship first. */
  public static ImmutableList<Sample> all() {
    return ALL;
  }

  /**
   * The sample called {@code name} ({@code madrid-2022/korea-nato}); the bare file stem ({@code
   * korea-nato}) is accepted too, and picks the first sample with that stem.
   *
   * @throws IllegalArgumentException if no sample has that name; the message lists the names
   *     and suggests the closest one
   */
  public static Sample named(String name) {
    Objects.requireNonNull(name, "name must not be null");
    for (Sample s : ALL) {
      if (s.name().equals(name) || s.fileName().equals(name + ".yaml")) {
        return s;
      }
    }
    ImmutableList<String> names = ALL.stream().map(Sample::name).collect(ImmutableList.toImmutableList());
    throw new IllegalArgumentException(
        "no sample named \""
            + name
            + "\""
            + Suggestions.didYouMean(name, names)
            + "; the samples are "
            + String.join(", ", names));
  }
}
