package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of element of a case (the case itself, a source, a motivation...): its name and its
 * fields in order, the order in which case files write them, the format reference lists them
 * and workbook tables show them. Records are built through their builders, never by their
 * positional constructors, so that a new field changes no reader.
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 */
public final class Entity<T, B> {
  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final ImmutableList<Field<T, B, ?>> fields;

  private Entity(String name, Supplier<B> newBuilder, Function<B, T> build, List<Field<T, B, ?>> fields) {
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = ImmutableList.copyOf(fields);
  }

  /**
   * Starts the declaration of an entity.
   *
   * @param name its name in messages and the format reference ({@code motivation})
   * @param newBuilder makes an empty builder
   * @param build builds the record, validating it
   */
  public static <T, B> Declaration<T, B> declare(String name, Supplier<B> newBuilder, Function<B, T> build) {
    return new Declaration<>(name, newBuilder, build);
  }

  /** The name in messages and the format reference ({@code motivation}). */
  public String name() {
    return name;
  }

  /** The fields in order. */
  public ImmutableList<Field<T, B, ?>> fields() {
    return fields;
  }

  /** The field called {@code name}, if there is one. */
  public Optional<Field<T, B, ?>> field(String name) {
    for (Field<T, B, ?> f : fields) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** An empty builder. */
  public B newBuilder() {
    return newBuilder.get();
  }

  /**
   * Builds the record a builder holds.
   *
   * @throws IllegalArgumentException or {@link NullPointerException} if the record is not valid
   */
  public T build(B builder) {
    return build.apply(builder);
  }

  /**
   * A copy of {@code item} with {@code field} holding {@code value}: every other field copied
   * through the builder, so that no positional constructor is involved. Values are copied as
   * they are, defaults included: a default that follows another field (a short name that is
   * the name) stays what it was.
   *
   * @throws IllegalArgumentException if the copy is not valid
   */
  public <V> T with(T item, Field<T, B, V> field, V value) {
    B b = newBuilder();
    for (Field<T, B, ?> f : fields) {
      if (f != field && !f.derived()) {
        copy(f, item, b);
      }
    }
    field.set(b, value);
    return build(b);
  }

  private static <T, B, V> void copy(Field<T, B, V> f, T from, B to) {
    f.get(from).ifPresent(v -> f.set(to, v));
  }

  @Override
  public String toString() {
    return name;
  }

  /** An entity being declared, field by field. */
  public static final class Declaration<T, B> {
    private final String name;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Field<T, B, ?>> fields = new ArrayList<>();

    private Declaration(String name, Supplier<B> newBuilder, Function<B, T> build) {
      this.name = Objects.requireNonNull(name);
      this.newBuilder = Objects.requireNonNull(newBuilder);
      this.build = Objects.requireNonNull(build);
    }

    /** Adds the next field. */
    public Declaration<T, B> field(Field<T, B, ?> field) {
      for (Field<T, B, ?> f : fields) {
        if (f.name().equals(field.name()) || f.header().equals(field.header())) {
          throw new IllegalArgumentException(name + " declares " + field.name() + " twice");
        }
      }
      fields.add(field);
      return this;
    }

    /** The entity. */
    public Entity<T, B> done() {
      return new Entity<>(name, newBuilder, build, fields);
    }
  }
}
