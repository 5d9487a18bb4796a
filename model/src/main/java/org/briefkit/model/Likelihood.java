package org.briefkit.model;

import java.util.Objects;

/**
 * How likely a judged outcome is: the key of a row of the case's {@link EstimativeScale}
 * ({@code very-likely} on the ICD 203 scale, {@code realistic-possibility} on the PHIA
 * yardstick). A case checks that its judgments' likelihoods are rows of its scale.
 *
 * @param key the row's key: lower-case words joined by hyphens
 */
public record Likelihood(String key) {
  /** ICD 203: almost no chance (1–5 %). */
  public static final Likelihood ALMOST_NO_CHANCE = new Likelihood("almost-no-chance");
  /** ICD 203: very unlikely (5–20 %). */
  public static final Likelihood VERY_UNLIKELY = new Likelihood("very-unlikely");
  /** ICD 203: unlikely (20–45 %); PHIA: unlikely (25–35 %). */
  public static final Likelihood UNLIKELY = new Likelihood("unlikely");
  /** ICD 203: roughly even chance (45–55 %). */
  public static final Likelihood ROUGHLY_EVEN_CHANCE = new Likelihood("roughly-even-chance");
  /** ICD 203: likely (55–80 %); PHIA: likely (55–75 %). */
  public static final Likelihood LIKELY = new Likelihood("likely");
  /** ICD 203: very likely (80–95 %). */
  public static final Likelihood VERY_LIKELY = new Likelihood("very-likely");
  /** ICD 203: almost certain (95–99 %); PHIA: almost certain (95–100 %). */
  public static final Likelihood ALMOST_CERTAIN = new Likelihood("almost-certain");

  /** Checks the key's form. */
  public Likelihood {
    Objects.requireNonNull(key, "likelihood must not be null");
    if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "likelihood (" + Texts.quote(key) + ") must be lower-case words joined by hyphens, such as very-likely");
    }
  }

  /** The likelihood named {@code key}. */
  public static Likelihood of(String key) {
    return new Likelihood(key);
  }

  @Override
  public String toString() {
    return key;
  }
}
