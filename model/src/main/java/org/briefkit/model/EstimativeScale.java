package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A scale of estimative language: the words an assessment may use for how likely something is,
 * row by row, each row ({@link Band}) with its probability range. The scales are data: each is
 * a file {@code scales/ID.yaml} beside this class, listed in {@code scales/scales.list}, so that
 * a new scale needs no code. A case names its scale ({@code icd-203} unless it says otherwise).
 *
 * @param id the id a case names it by ({@code icd-203})
 * @param name the name shown in the brief ("ICD 203 (US Intelligence Community)")
 * @param citation the publication that fixes the scale
 * @param bands the rows, from least to most likely
 */
public record EstimativeScale(
    String id, String name, String citation, ImmutableList<Band> bands) {

  /** The id of the scale a case uses when it names none. */
  public static final String DEFAULT_ID = "icd-203";

  /**
   * One row of a scale.
   *
   * @param key the value a judgment's {@code likelihood} names the row by ({@code very-likely})
   * @param terms the words of the row, the first the one BriefKit prints, the rest its equivalents
   * @param lowPercent the lower bound of the probability range, in percent
   * @param highPercent the upper bound, in percent
   */
  public record Band(String key, ImmutableList<String> terms, int lowPercent, int highPercent) {
    /** Checks the key's form, that there is a term and that the range is one. */
    public Band {
      Likelihood.of(key);
      terms = ImmutableList.copyOf(terms);
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("band " + key + " has no term");
      }
      terms.forEach(t -> Texts.required("term", t));
      if (lowPercent < 0 || highPercent > 100 || lowPercent > highPercent) {
        throw new IllegalArgumentException(
            "band " + key + ": the range " + lowPercent + "–" + highPercent + " % is not within 0–100 %");
      }
    }

    /** The term BriefKit prints ("very likely"). */
    public String term() {
      return terms.get(0);
    }

    /** The range as printed: "80–95 %", or "≤5 %" for a range from zero. */
    public String range() {
      return Figures.percentRange(lowPercent, highPercent);
    }

    /** The likelihood value that names this row. */
    public Likelihood likelihood() {
      return Likelihood.of(key);
    }
  }

  /** Checks the parts; band keys are unique and ranges rise. */
  public EstimativeScale {
    Texts.required("scale id", id);
    Texts.required("scale name", name);
    Texts.required("scale citation", citation);
    bands = ImmutableList.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("scale " + id + " has no band");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).lowPercent() < bands.get(i - 1).lowPercent()) {
        throw new IllegalArgumentException(
            "scale " + id + ": band " + bands.get(i).key() + " is below " + bands.get(i - 1).key());
      }
      for (int k = 0; k < i; k++) {
        if (bands.get(k).key().equals(bands.get(i).key())) {
          throw new IllegalArgumentException("scale " + id + ": band " + bands.get(i).key() + " is given twice");
        }
      }
    }
  }

  /** The row a likelihood names, if it is one of this scale's. */
  public Optional<Band> band(Likelihood likelihood) {
    for (Band b : bands) {
      if (b.key().equals(likelihood.key())) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The keys of the rows, in order. */
  public ImmutableList<String> keys() {
    return bands.stream().map(Band::key).collect(ImmutableList.toImmutableList());
  }

  /** The scale with id {@code id}. */
  public static Optional<EstimativeScale> named(String id) {
    return Optional.ofNullable(Known.SCALES.get(id));
  }

  /** The scale a case uses when it names none: ICD 203. */
  public static EstimativeScale standard() {
    return Known.SCALES.get(DEFAULT_ID);
  }

  /** Every scale BriefKit knows, in the order of {@code scales.list}. */
  public static ImmutableList<EstimativeScale> known() {
    return Known.SCALES.values().asList();
  }

  /**
   * Parses the scale {@code id} is written in (the format of the files under {@code scales/}).
   *
   * @throws IllegalArgumentException naming what is missing or wrong
   */
  public static EstimativeScale parse(String yaml) {
    Object root = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(yaml);
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("a scale is a mapping with id, name, citation and bands");
    }
    ImmutableList.Builder<Band> bands = ImmutableList.builder();
    for (Object o : list(map, "bands")) {
      if (!(o instanceof Map<?, ?> b)) {
        throw new IllegalArgumentException("each band is a mapping with key, terms, low and high");
      }
      ImmutableList<String> terms =
          list(b, "terms").stream().map(t -> text(t, "term")).collect(ImmutableList.toImmutableList());
      bands.add(new Band(text(b.get("key"), "key"), terms, number(b.get("low"), "low"), number(b.get("high"), "high")));
    }
    return new EstimativeScale(
        text(map.get("id"), "id"), text(map.get("name"), "name"), text(map.get("citation"), "citation"),
        bands.build());
  }

  private static List<?> list(Map<?, ?> map, String key) {
    if (!(map.get(key) instanceof List<?> l)) {
      throw new IllegalArgumentException(key + " must be a list");
    }
    return l;
  }

  private static String text(Object o, String what) {
    if (!(o instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException(what + " must be text");
    }
    return s;
  }

  private static int number(Object o, String what) {
    if (!(o instanceof Integer i)) {
      throw new IllegalArgumentException(what + " must be a whole number of percent");
    }
    return i;
  }

  @Override
  public String toString() {
    return id;
  }

  /** The scales of the data files, read once. */
  private static final class Known {
    static final ImmutableMap<String, EstimativeScale> SCALES = load();

    private static ImmutableMap<String, EstimativeScale> load() {
      ImmutableMap.Builder<String, EstimativeScale> b = ImmutableMap.builder();
      for (String line : resource("scales.list").split("\n")) {
        String id = line.strip();
        if (id.isEmpty() || id.startsWith("#")) {
          continue;
        }
        EstimativeScale s;
        try {
          s = parse(resource(id + ".yaml"));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("scales/" + id + ".yaml: " + e.getMessage(), e);
        }
        if (!s.id().equals(id)) {
          throw new IllegalStateException("scales/" + id + ".yaml declares the id " + s.id());
        }
        b.put(id.toLowerCase(Locale.ROOT), s);
      }
      return b.buildOrThrow();
    }

    private static String resource(String name) {
      try (InputStream in = EstimativeScale.class.getResourceAsStream("scales/" + name)) {
        Objects.requireNonNull(in, () -> "scales/" + name + " is missing from the model module");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
