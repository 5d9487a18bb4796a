package org.briefkit.analysis.tradecraft;

import java.util.Comparator;
import java.util.Optional;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.RecordListType;

/**
 * Orders JSON Pointers into a case the way the case is written: fields in the order the format
 * declares them (judgments before assumptions before waivers; a judgment's id before its
 * statement before its confidence), list items by index.
 */
final class CaseOrder implements Comparator<String> {
  static final CaseOrder INSTANCE = new CaseOrder();

  private CaseOrder() {}

  @Override
  public int compare(String a, String b) {
    String[] pa = a.split("/", -1);
    String[] pb = b.split("/", -1);
    Entity<?, ?> entity = CaseFormat.CASE;
    Entity<?, ?> items = null; // the entity of the list just named, for the parts after its index
    for (int i = 1; i < Math.min(pa.length, pb.length); i++) {
      if (!pa[i].equals(pb[i])) {
        return compareParts(entity, pa[i], pb[i]);
      }
      if (isIndex(pa[i])) {
        if (items != null) {
          entity = items;
          items = null;
        }
      } else {
        items = entity == null ? null : field(entity, pa[i])
            .filter(f -> f.type() instanceof RecordListType<?>)
            .map(f -> (Entity<?, ?>) ((RecordListType<?>) f.type()).entity())
            .orElse(null);
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  private static int compareParts(Entity<?, ?> entity, String a, String b) {
    if (isIndex(a) && isIndex(b)) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    int byField = Integer.compare(rank(entity, a), rank(entity, b));
    return byField != 0 ? byField : a.compareTo(b);
  }

  /** The field's place among its entity's fields; unknown names go last. */
  private static int rank(Entity<?, ?> entity, String name) {
    if (entity != null) {
      for (int i = 0; i < entity.fields().size(); i++) {
        if (entity.fields().get(i).name().equals(name)) {
          return i;
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  private static Optional<? extends Field<?, ?, ?>> field(Entity<?, ?> entity, String name) {
    return entity.field(name);
  }

  private static boolean isIndex(String part) {
    return !part.isEmpty() && part.length() < 10 && part.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
