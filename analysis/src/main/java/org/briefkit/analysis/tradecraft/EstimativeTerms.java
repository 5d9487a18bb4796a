package org.briefkit.analysis.tradecraft;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.model.EstimativeScale;

/**
 * Finds the estimative terms in a text: the terms of every known scale ({@link
 * EstimativeScale#known()}) and of the case's own, case-insensitively, as whole words (words of
 * a term may be parted by any blanks or a hyphen: "very&nbsp;likely", "very-likely"), the longest
 * first where terms overlap ("very unlikely" rather than "unlikely", "highly likely" rather than
 * "likely"). A term of the case's scale is reported as the case's even when another scale has it
 * too ("likely" is in both ICD 203 and PHIA).
 */
public final class EstimativeTerms {
  private static final Map<EstimativeScale, EstimativeTerms> CACHE = new ConcurrentHashMap<>();

  /**
   * A term found in a text.
   *
   * @param offset the index of its first character in the text
   * @param length its length in the text, in chars
   * @param text the term as the text writes it ("Very likely")
   * @param scale the scale the term is from: the case's if it has the term
   * @param band the band of that scale the term names
   */
  public record Match(int offset, int length, String text, EstimativeScale scale, EstimativeScale.Band band) {
    /** Checks the parts. */
    public Match {
      if (offset < 0 || length < 1) {
        throw new IllegalArgumentException("offset (" + offset + ") and length (" + length + ") must place a term");
      }
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(scale, "scale must not be null");
      Objects.requireNonNull(band, "band must not be null");
    }

    /** The index just after the term. */
    public int end() {
      return offset + length;
    }

    /** The term as the text writes it, its blanks made single spaces: for messages. */
    public String quoted() {
      return '"' + text.replaceAll("\\s+", " ") + '"';
    }
  }

  /** One term a pattern group finds, with the scale and band it names. */
  private record Term(String words, EstimativeScale scale, EstimativeScale.Band band) {}

  private final ImmutableList<Term> terms;
  private final Pattern pattern;

  private EstimativeTerms(EstimativeScale caseScale) {
    Map<String, Term> byWords = new LinkedHashMap<>();
    List<EstimativeScale> scales = new ArrayList<>();
    scales.add(caseScale);
    EstimativeScale.known().stream().filter(s -> !s.equals(caseScale)).forEach(scales::add);
    for (EstimativeScale scale : scales) {
      for (EstimativeScale.Band band : scale.bands()) {
        for (String t : band.terms()) {
          // The first scale to have a term keeps it: the case's, then the known ones in order.
          byWords.putIfAbsent(normal(t), new Term(t, scale, band));
        }
      }
    }
    List<Term> sorted = new ArrayList<>(byWords.values());
    sorted.sort(Comparator.comparingInt((Term t) -> -normal(t.words()).length()).thenComparing(t -> normal(t.words())));
    this.terms = ImmutableList.copyOf(sorted);
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}\\-])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        regex.append('|');
      }
      regex.append('(');
      String[] words = normal(sorted.get(i).words()).split(" ");
      for (int w = 0; w < words.length; w++) {
        if (w > 0) {
          regex.append("(?:\\s+|-)");
        }
        regex.append(Pattern.quote(words[w]));
      }
      regex.append(')');
    }
    regex.append(")(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");
    this.pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String normal(String term) {
    return term.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
  }

  /** The finder for cases on {@code caseScale}. */
  public static EstimativeTerms of(EstimativeScale caseScale) {
    Objects.requireNonNull(caseScale, "caseScale must not be null");
    // Only the known scales are kept: a scale made in code need not live for ever.
    return EstimativeScale.known().contains(caseScale)
        ? CACHE.computeIfAbsent(caseScale, EstimativeTerms::new)
        : new EstimativeTerms(caseScale);
  }

  /** The terms in {@code text}, in the order they come. */
  public ImmutableList<Match> find(String text) {
    Objects.requireNonNull(text, "text must not be null");
    ImmutableList.Builder<Match> found = ImmutableList.builder();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= terms.size(); g++) {
        if (m.start(g) >= 0) {
          Term t = terms.get(g - 1);
          found.add(new Match(m.start(), m.end() - m.start(), m.group(), t.scale(), t.band()));
          break;
        }
      }
    }
    return found.build();
  }
}
