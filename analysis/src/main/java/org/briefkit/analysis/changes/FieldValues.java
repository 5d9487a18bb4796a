package org.briefkit.analysis.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.format.Types;
import org.briefkit.model.format.ValueType;

/**
 * A field's value spelt as a case file spells it, by the field's own {@link ValueType}: what
 * makes the diff follow the format's declarations with no code per kind of element.
 */
final class FieldValues {
  private FieldValues() {}

  /** The value of {@code field} in {@code item}, defaults included; empty when it is not given. */
  static <T, V> Optional<FieldValue> effective(Field<T, ?, V> field, T item) {
    return field.get(item).flatMap(v -> of(field.type(), v));
  }

  /**
   * The value of {@code field} as a case file writes it: empty when it is absent or equal to its
   * default.
   */
  static <T, V> Optional<FieldValue> written(Field<T, ?, V> field, T item) {
    return field.written(item).flatMap(v -> of(field.type(), v));
  }

  /** {@code value} as a case file spells it; empty for an empty text or list. */
  static <V> Optional<FieldValue> of(ValueType<V> type, V value) {
    if (type instanceof ScalarType<V> s) {
      String text = s.format(value);
      return text.isEmpty() ? Optional.empty() : Optional.of(FieldValue.single(text, prose(s)));
    }
    if (type instanceof ListType<?> l) {
      return list(l, (List<?>) value);
    }
    throw new IllegalArgumentException(
        "a list of elements (" + type.description() + ") is compared element by element, not as a value");
  }

  private static <E> Optional<FieldValue> list(ListType<E> type, List<?> values) {
    List<String> items = new ArrayList<>();
    for (Object v : values) {
      items.add(type.item().format(cast(type, v)));
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(FieldValue.list(items, prose(type.item())));
  }

  @SuppressWarnings("unchecked") // the items of a list field have its item type
  private static <E> E cast(ListType<E> type, Object v) {
    return (E) v;
  }

  /** Free text, which readers see quoted, as against keys, ids, dates, numbers and locators. */
  private static boolean prose(ScalarType<?> type) {
    return type == Types.TEXT || type == Types.PROSE;
  }
}
