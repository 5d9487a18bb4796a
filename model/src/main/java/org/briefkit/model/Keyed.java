package org.briefkit.model;

import java.util.Locale;

/**
 * An enumeration whose constants have a case-file spelling: the constant name in lower case
 * with hyphens ({@code OFFICE_CHANGE} is {@code office-change}).
 */
public interface Keyed {
  /** The constant's name, as {@link Enum#name()}. */
  String name();

  /** The spelling used in case files and workbooks. */
  default String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A label for readers: the key with spaces, capitalised ("Office change"). */
  default String label() {
    String k = key().replace('-', ' ');
    return Character.toUpperCase(k.charAt(0)) + k.substring(1);
  }

  /**
   * Finds the constant of {@code type} spelled {@code text}: its key or its name, in any case
   * ({@code Office change} finds {@code office-change}; {@code b} finds a key {@code B}).
   *
   * @param what the name of the field, for the message
   * @throws IllegalArgumentException listing the allowed keys when nothing matches
   */
  static <E extends Enum<E> & Keyed> E parse(Class<E> type, String what, String text) {
    Texts.nonNull(what, text);
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (E e : type.getEnumConstants()) {
      if (e.key().toLowerCase(Locale.ROOT).equals(wanted)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        what + " (" + Texts.quote(text) + ") must be one of " + keys(type));
  }

  /** The keys of {@code type}'s constants, comma-separated, in declaration order. */
  static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e.key());
    }
    return b.toString();
  }
}
