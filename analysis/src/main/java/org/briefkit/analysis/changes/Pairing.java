package org.briefkit.analysis.changes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.briefkit.model.format.Entity;

/**
 * One element of a list in its old and new version; the old one is missing for an element
 * added, the new one for an element removed.
 *
 * <p>Elements with an id pair by id. Elements without one (evidence) pair first with an equal
 * element, then by their key (an evidence item's source and locator), then by what stays when an
 * item moves (its source and text), each with the first unpaired element of the other version in
 * order; the rest are added or removed. Moving an
 * element within its list is not a change.
 *
 * @param <R> the type of an element
 */
record Pairing<R>(Optional<R> before, Optional<R> after) {
  /**
   * The pairs of {@code before} and {@code after}: the new version's elements in its order (each
   * with its old self, if any), then the removed ones in the old version's order. Linear in the
   * lengths of the lists.
   */
  static <R> ImmutableList<Pairing<R>> of(Entity<R, ?> entity, List<R> before, List<R> after) {
    int[] partner = new int[after.size()];
    Arrays.fill(partner, -1);
    boolean[] paired = new boolean[before.size()];
    if (!Keys.byId(entity)) {
      pair(before, after, Function.identity(), partner, paired);
    }
    if (!Keys.fields(entity).isEmpty()) {
      pair(before, after, e -> Keys.key(entity, e), partner, paired);
    }
    ImmutableList<String> moved = Keys.movedFields(entity);
    if (!moved.isEmpty()) {
      pair(before, after, e -> Keys.joined(entity, moved, e), partner, paired);
    }
    ImmutableList.Builder<Pairing<R>> out = ImmutableList.builder();
    for (int a = 0; a < after.size(); a++) {
      Optional<R> old = partner[a] < 0 ? Optional.empty() : Optional.of(before.get(partner[a]));
      out.add(new Pairing<>(old, Optional.of(after.get(a))));
    }
    for (int b = 0; b < before.size(); b++) {
      if (!paired[b]) {
        out.add(new Pairing<>(Optional.of(before.get(b)), Optional.empty()));
      }
    }
    return out.build();
  }

  /** Pairs each unpaired new element with the first unpaired old one of the same key. */
  private static <R, K> void pair(
      List<R> before, List<R> after, Function<R, K> key, int[] partner, boolean[] paired) {
    Map<K, Deque<Integer>> waiting = new HashMap<>();
    for (int b = 0; b < before.size(); b++) {
      if (!paired[b]) {
        waiting.computeIfAbsent(key.apply(before.get(b)), k -> new ArrayDeque<>()).add(b);
      }
    }
    for (int a = 0; a < after.size(); a++) {
      if (partner[a] < 0) {
        Deque<Integer> same = waiting.get(key.apply(after.get(a)));
        if (same != null && !same.isEmpty()) {
          int b = same.poll();
          partner[a] = b;
          paired[b] = true;
        }
      }
    }
  }
}
