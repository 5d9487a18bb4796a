package org.briefkit.model.io;

import java.util.Objects;

/**
 * A limit of a {@link CaseReader} that a file went over: which one, what was measured and the
 * limit, so that a caller can say how to raise it ({@code --max-case-size} in the command, {@link
 * CaseReader.Builder#maxBytes} in the library). Carried by {@link CaseFileException#exceeded()}.
 *
 * @param limit the limit gone over
 * @param measured the file's size in bytes (characters when read from a {@code Reader}), or its
 *     number of values
 * @param exact whether {@code measured} is the whole file's figure; when false it is a lower
 *     bound (a stream not read to its end, values not counted past a syntax error)
 * @param max the limit's value
 */
public record LimitExceeded(Limit limit, long measured, boolean exact, long max) {
  /** The limits a case file can go over. */
  public enum Limit {
    /** The file's size ({@link CaseReader.Builder#maxBytes}). */
    SIZE,
    /** The number of values: scalars, lists and mappings, keys included ({@link CaseReader.Builder#maxNodes}). */
    VALUES
  }

  /** Checks that the figure is over the limit. */
  public LimitExceeded {
    Objects.requireNonNull(limit, "limit must not be null");
    if (measured <= max) {
      throw new IllegalArgumentException("measured (" + measured + ") must be over the limit (" + max + ")");
    }
  }
}
