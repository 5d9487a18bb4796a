package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of an {@link Entity}: its name in case files, its header in workbook tables, what it
 * holds, whether it must be given, its default, how it is read from a record and set on the
 * record's builder, and what it means.
 *
 * <p>A field is one of four kinds: <em>required</em> (must be given), <em>optional</em> (absent
 * when not given), <em>defaulted</em> (takes a default when not given; the writer leaves out a
 * value equal to it) or <em>derived</em> (computed from other fields: written for readers, never
 * read).
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 * @param <V> the value type
 */
public final class Field<T, B, V> {
  /** The four kinds of field. */
  public enum Presence {
    /** Must be given. */
    REQUIRED,
    /** May be left out; absent then. */
    OPTIONAL,
    /** May be left out; takes its default then. */
    DEFAULTED,
    /** Computed from other fields; never read. */
    DERIVED
  }

  private final String name;
  private final String header;
  private final ValueType<V> type;
  private final Presence presence;
  private final Function<T, Optional<V>> get;
  private final BiConsumer<B, V> set;
  private final Function<T, V> defaultFor;
  private final V fixedDefault;
  private final String defaultText;
  private final String about;

  private Field(
      String name, String header, ValueType<V> type, Presence presence, Function<T, Optional<V>> get,
      BiConsumer<B, V> set, Function<T, V> defaultFor, V fixedDefault, String defaultText,
      String about) {
    this.name = Objects.requireNonNull(name);
    this.header = Objects.requireNonNull(header);
    this.type = Objects.requireNonNull(type);
    this.presence = presence;
    this.get = Objects.requireNonNull(get);
    this.set = set;
    this.defaultFor = defaultFor;
    this.fixedDefault = fixedDefault;
    this.defaultText = defaultText;
    this.about = Objects.requireNonNull(about);
  }

  /** A field that must be given. */
  public static <T, B, V> Field<T, B, V> required(
      String name, String header, ValueType<V> type, Function<T, V> get, BiConsumer<B, V> set,
      String about) {
    return new Field<>(
        name, header, type, Presence.REQUIRED, t -> Optional.of(get.apply(t)), set, null, null,
        null, about);
  }

  /** A field that may be left out, held in an {@link Optional} component. */
  public static <T, B, V> Field<T, B, V> optional(
      String name, String header, ValueType<V> type, Function<T, Optional<V>> get,
      BiConsumer<B, V> set, String about) {
    return new Field<>(name, header, type, Presence.OPTIONAL, get, set, null, null, null, about);
  }

  /**
   * A field that takes {@code defaultValue} when left out.
   *
   * @param defaultText how the format reference states the default, or null to let a choice
   *     mark its default key
   */
  public static <T, B, V> Field<T, B, V> defaulted(
      String name, String header, ValueType<V> type, V defaultValue, String defaultText,
      Function<T, V> get, BiConsumer<B, V> set, String about) {
    Objects.requireNonNull(defaultValue, "defaultValue must not be null");
    return new Field<>(
        name, header, type, Presence.DEFAULTED, t -> Optional.of(get.apply(t)), set,
        t -> defaultValue, defaultValue, defaultText, about);
  }

  /** A field whose default depends on the rest of the record (a short name defaults to the name). */
  public static <T, B, V> Field<T, B, V> defaultedTo(
      String name, String header, ValueType<V> type, Function<T, V> defaultFor, String defaultText,
      Function<T, V> get, BiConsumer<B, V> set, String about) {
    return new Field<>(
        name, header, type, Presence.DEFAULTED, t -> Optional.of(get.apply(t)), set, defaultFor,
        null, Objects.requireNonNull(defaultText, "defaultText must not be null"), about);
  }

  /** A list that may be left out or empty. */
  public static <T, B, E> Field<T, B, ImmutableList<E>> list(
      String name, String header, ValueType<ImmutableList<E>> type,
      Function<T, ? extends List<E>> get, BiConsumer<B, ImmutableList<E>> set, String about) {
    return new Field<>(
        name, header, type, Presence.DEFAULTED, t -> Optional.of(ImmutableList.copyOf(get.apply(t))),
        set, t -> ImmutableList.of(), ImmutableList.of(), null, about);
  }

  /** A list that must hold at least one item. */
  public static <T, B, E> Field<T, B, ImmutableList<E>> requiredList(
      String name, String header, ValueType<ImmutableList<E>> type,
      Function<T, ? extends List<E>> get, BiConsumer<B, ImmutableList<E>> set, String about) {
    return new Field<>(
        name, header, type, Presence.REQUIRED, t -> Optional.of(ImmutableList.copyOf(get.apply(t))),
        set, null, null, null, about);
  }

  /** A value computed from other fields: written for readers, never read. */
  public static <T, B, V> Field<T, B, V> derived(
      String name, String header, ValueType<V> type, Function<T, V> get, String about) {
    return new Field<>(
        name, header, type, Presence.DERIVED, t -> Optional.of(get.apply(t)), null, null, null,
        null, about);
  }

  /** The key in case files ({@code shortName}). */
  public String name() {
    return name;
  }

  /** The column header in workbook tables ({@code Short name}). */
  public String header() {
    return header;
  }

  /** What the field holds. */
  public ValueType<V> type() {
    return type;
  }

  /** Whether the field is required, optional, defaulted or derived. */
  public Presence presence() {
    return presence;
  }

  /** Whether the field must be given. */
  public boolean required() {
    return presence == Presence.REQUIRED;
  }

  /** Whether the field is computed from others and never read. */
  public boolean derived() {
    return presence == Presence.DERIVED;
  }

  /** What the field means, for the format reference and the schema. */
  public String about() {
    return about;
  }

  /** How the format reference states the default, if it has one stated in words. */
  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultText);
  }

  /** The value of this field in {@code item}, or empty when an optional field is absent. */
  public Optional<V> get(T item) {
    return get.apply(item);
  }

  /**
   * The value of this field in {@code item}, unless it is absent, empty or equal to its default:
   * what a case file writes.
   */
  public Optional<V> written(T item) {
    Optional<V> value = get(item);
    if (value.isEmpty()
        || defaultFor != null && value.get().equals(defaultFor.apply(item))
        || value.get() instanceof List<?> l && l.isEmpty()) {
      return Optional.empty();
    }
    return value;
  }

  /** The default value of this field in {@code item}, for a defaulted field. */
  public Optional<V> defaultValue(T item) {
    return defaultFor == null ? Optional.empty() : Optional.of(defaultFor.apply(item));
  }

  /** The default, for a field whose default does not depend on the rest of the record. */
  public Optional<V> fixedDefault() {
    return Optional.ofNullable(fixedDefault);
  }

  /**
   * Sets this field's value on a builder.
   *
   * @throws IllegalStateException if the field is derived
   */
  public void set(B builder, V value) {
    if (set == null) {
      throw new IllegalStateException(name + " is derived and cannot be set");
    }
    set.accept(builder, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
