package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A list of nested elements of one {@link Entity}: the evidence of a motivation, the
 * stakeholders of a case.
 *
 * @param <R> the Java type of an element
 */
public final class RecordListType<R> extends ValueType<ImmutableList<R>> {
  private final Entity<R, ?> entity;

  RecordListType(Entity<R, ?> entity) {
    this.entity = Objects.requireNonNull(entity);
  }

  /** The kind of element the list holds. */
  public Entity<R, ?> entity() {
    return entity;
  }

  @Override
  public String description() {
    return "list of [" + entity.name() + "](#" + entity.name() + ")";
  }

  @Override
  public String schema() {
    return "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/" + entity.name() + "\"}}";
  }
}
