package org.briefkit.model;

/**
 * The identifier of a {@link Case}; output files are named after it
 * ({@code korea-nato-madrid-2022.pdf}).
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record CaseId(String value) implements Id, Comparable<CaseId> {
  /** Validates the id text. */
  public CaseId {
    Ids.check("case", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
