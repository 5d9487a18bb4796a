package org.briefkit.model;

/**
 * The identifier of a {@link Domain} within a case: domain ids are
 * distinct types so that, say, a motivation cannot name an event where a domain is meant.
 *
 * @param value the id text: a letter or digit, then letters, digits, {@code . _ -}
 *     (at most 64 characters)
 */
public record DomainId(String value) implements Id, Comparable<DomainId> {
  /** Validates the id text. */
  public DomainId {
    Ids.check("domain", value);
  }

  /** Returns the id with the given text; same as the constructor. */
  public static DomainId of(String value) {
    return new DomainId(value);
  }

  @Override
  public int compareTo(DomainId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
