package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A list of single values: one YAML sequence, one workbook cell with the items separated.
 *
 * @param <E> the Java type of an item
 */
public final class ListType<E> extends ValueType<ImmutableList<E>> {
  private final ScalarType<E> item;
  private final String itemName;
  private final String description;
  private final boolean inline;
  private final String separator;

  ListType(ScalarType<E> item, String itemName, String description, boolean inline, String separator) {
    this.item = Objects.requireNonNull(item);
    this.itemName = itemName;
    this.description = Objects.requireNonNull(description);
    this.inline = inline;
    this.separator = Objects.requireNonNull(separator);
  }

  /** The type of an item. */
  public ScalarType<E> item() {
    return item;
  }

  /**
   * What a message calls one item of a field named {@code field}: "tag", or "drivers item".
   */
  public String itemName(String field) {
    return itemName == null ? field + " item" : itemName;
  }

  /** Whether a case file writes the list on one line ({@code [a, b]}) rather than one item per line. */
  public boolean inline() {
    return inline;
  }

  /** What separates the items in a workbook cell: {@code ", "} or a line break. */
  public String separator() {
    return separator;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String schema() {
    return "{\"type\": \"array\", \"items\": " + item.schema() + "}";
  }
}
