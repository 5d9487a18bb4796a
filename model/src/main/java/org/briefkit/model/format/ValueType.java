package org.briefkit.model.format;

/**
 * What a field holds: a single value ({@link ScalarType}), a list of them ({@link ListType}) or
 * a list of nested elements ({@link RecordListType}).
 *
 * @param <V> the Java type of the value
 */
public abstract sealed class ValueType<V> permits ScalarType, ListType, RecordListType {
  ValueType() {}

  /** How the format reference names this type: "text", "list of actor ids", "date"... */
  public abstract String description();

  /** The JSON Schema of a value of this type, as a JSON object. */
  public abstract String schema();
}
