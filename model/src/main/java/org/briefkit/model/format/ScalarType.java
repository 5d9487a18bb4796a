package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A single value written as one text: in a YAML scalar, in a workbook cell. Parsing checks the
 * value and throws {@link IllegalArgumentException} with a message naming the field, the value
 * and the rule.
 *
 * @param <V> the Java type of the value
 */
public final class ScalarType<V> extends ValueType<V> {
  /** How a case-file reader treats the scalar that holds the value. */
  public enum Form {
    /** Text that must not be blank. */
    TEXT,
    /** Text that may be empty. */
    PROSE,
    /** An identifier; its own messages name it, so they are not prefixed with the field name. */
    ID,
    /** One of a fixed set of keys; any scalar is read as text, so that numbers get the list of keys. */
    CHOICE,
    /** A date or span; a bare year that YAML reads as a number is taken as text. */
    DATE,
    /** A whole number (the format version, derived counts). */
    NUMBER
  }

  private final String description;
  private final Form form;
  private final BiFunction<String, String, V> parse;
  private final Function<V, String> format;
  private final String schema;
  private final ImmutableList<String> choices;

  ScalarType(
      String description,
      Form form,
      BiFunction<String, String, V> parse,
      Function<V, String> format,
      String schema,
      ImmutableList<String> choices) {
    this.description = Objects.requireNonNull(description);
    this.form = Objects.requireNonNull(form);
    this.parse = Objects.requireNonNull(parse);
    this.format = Objects.requireNonNull(format);
    this.schema = Objects.requireNonNull(schema);
    this.choices = Objects.requireNonNull(choices);
  }

  /** How a reader treats the scalar that holds the value. */
  public Form form() {
    return form;
  }

  /**
   * Reads a value from its text.
   *
   * @param field the name of the field, for messages
   * @throws IllegalArgumentException naming the field, the value and the rule
   */
  public V parse(String field, String text) {
    return parse.apply(field, text);
  }

  /** The text of {@code value}, as a case file and a workbook cell write it. */
  public String format(V value) {
    return format.apply(value);
  }

  /** For a choice, the allowed keys in order; otherwise empty. */
  public ImmutableList<String> choices() {
    return choices;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String schema() {
    return schema;
  }
}
