package org.briefkit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.briefkit.model.Id;
import org.briefkit.model.Stakeholder;

/** What the finding rules share: figures, how they name stakeholders, and list mapping. */
final class FindingParts {
  private FindingParts() {}

  /** A count or a weight. */
  static Figure fig(String name, double value) {
    return new Figure(name, value);
  }

  /** A score, printed with two decimals. */
  static Figure score(String name, double value) {
    return new Figure(name, value, Figure.Kind.SCORE);
  }

  /** Findings name stakeholders as the brief's tables do, by short name. */
  static String name(Stakeholder s) {
    return s.shortName();
  }

  /** {@code f} of each item, in order. */
  static <T, R> List<R> labels(List<T> items, Function<? super T, R> f) {
    List<R> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(f.apply(item));
    }
    return out;
  }

  /** {@code head}, then {@code f} of each item. */
  static <T> List<Id> concat(List<? extends Id> head, List<T> items, Function<T, ? extends Id> f) {
    List<Id> out = new ArrayList<>(head);
    out.addAll(labels(items, f));
    return out;
  }

  /** The items of greatest weight, in order: all of them where they tie, so none is picked. */
  static <T> List<T> top(List<T> items, ToIntFunction<? super T> weight) {
    int max = 0;
    for (T item : items) {
      max = Math.max(max, weight.applyAsInt(item));
    }
    List<T> top = new ArrayList<>();
    for (T item : items) {
      if (weight.applyAsInt(item) == max) {
        top.add(item);
      }
    }
    return top;
  }
}
