package org.briefkit.data;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A problem found importing a dataset: either in the dataset's file, at a line and field ({@code
 * data/sipri.csv:42:3}), or in its declaration, at a JSON Pointer into the case ({@code
 * /datasets/0/file}), which the caller turns into a line and column.
 *
 * @param pointer the JSON Pointer of the declaration concerned
 * @param place the place in the file, {@code file:line:field} or {@code file:line}, or empty when
 *     the problem is the declaration's
 * @param message what is wrong and what to do
 */
public record DatasetProblem(String pointer, String place, String message) {
  /** Checks that every part is present. */
  public DatasetProblem {
    Objects.requireNonNull(pointer, "pointer must not be null");
    Objects.requireNonNull(place, "place must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /** The problem as a line: its place in the file, else where {@code locate} puts its pointer. */
  public String line(UnaryOperator<String> locate) {
    return (place.isEmpty() ? locate.apply(pointer) : place) + ": " + message;
  }
}
