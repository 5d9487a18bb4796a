package org.briefkit.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;

/**
 * What the datasets of a case give it, as they are read: the transfers and events in the order of
 * the datasets and their rows, and the problems found. Ids are kept unique: the case's own, and
 * each dataset row's, a repeated row id getting {@code -2}, {@code -3}... in the order of the file.
 */
final class Imports {
  private final ImmutableList.Builder<ArmsTransfer> transfers = ImmutableList.builder();
  private final ImmutableList.Builder<Event> events = ImmutableList.builder();
  private final List<DatasetProblem> problems = new ArrayList<>();
  private final Set<String> own;
  private final Map<String, Integer> repeats = new HashMap<>();

  /** Imports into a case whose own events and transfers have the ids {@code own}. */
  Imports(Set<String> own) {
    this.own = own;
  }

  /**
   * An id for the row {@code base}: {@code base} itself the first time, then {@code base-2}...;
   * empty (and a problem at {@code place}) when the case itself has an element of that id.
   */
  String id(String base, String place) {
    int n = repeats.merge(base, 1, Integer::sum);
    String id = n == 1 ? base : base + "-" + n;
    if (own.contains(id)) {
      problem(place, "the row's id " + id + " is an id the case gives one of its own elements:"
          + " rename that element");
      return "";
    }
    try {
      // the element's id follows the model's rule for ids (EventId and TransferId share it)
      EventId.of(id);
    } catch (IllegalArgumentException e) {
      problem(place, "the row's id makes the element id " + id + ", which cannot be one: " + e.getMessage());
      return "";
    }
    return id;
  }

  void add(ArmsTransfer t) {
    transfers.add(t);
  }

  void add(Event e) {
    events.add(e);
  }

  void problem(String place, String message) {
    problems.add(new DatasetProblem("", place, message));
  }

  void problems(List<DatasetProblem> ps) {
    problems.addAll(ps);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  ImmutableList<ArmsTransfer> transfers() {
    return transfers.build();
  }

  ImmutableList<Event> events() {
    return events.build();
  }

  ImmutableList<DatasetProblem> problems() {
    return ImmutableList.copyOf(problems);
  }
}
