package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.briefkit.model.io.Tree.Pos;

/** The problems found in one file so far, each at a position. */
final class Problems {
  private record Found(Pos pos, String message) {}

  private final List<Found> found = new ArrayList<>();
  private LimitExceeded exceeded;

  void add(Pos pos, String message) {
    found.add(new Found(pos, message));
  }

  /**
   * Reports that the file went over a limit, at {@code pos}. Reading stops there, and the limit
   * is the one problem reported: what was found before it is of a file not read to its end.
   */
  void exceeded(Pos pos, String message, LimitExceeded limit) {
    found.clear();
    add(pos, message);
    exceeded = limit;
  }

  /** The exception for {@code file}: every problem, sorted, and the limit gone over if any. */
  CaseFileException failure(String file) {
    ImmutableList<CaseFileProblem> sorted = sorted(file);
    return exceeded != null ? new CaseFileException(sorted.get(0), exceeded) : new CaseFileException(sorted);
  }

  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems for {@code file}, sorted by position (stable), without repeats. */
  ImmutableList<CaseFileProblem> sorted(String file) {
    List<Found> copy = new ArrayList<>(new LinkedHashSet<>(found));
    copy.sort(Comparator.comparing(Found::pos));
    ImmutableList.Builder<CaseFileProblem> b = ImmutableList.builder();
    for (Found f : copy) {
      b.add(new CaseFileProblem(file, f.pos().line(), f.pos().column(), f.message()));
    }
    return b.build();
  }
}
