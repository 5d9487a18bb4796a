package org.briefkit.data;

/** A dataset file that cannot be read past a point, at the place it stopped ({@code file:line}). */
final class DatasetFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String place;

  DatasetFileException(String place, String message) {
    super(message);
    this.place = place;
  }

  /** Where reading stopped: {@code file:line}. */
  String place() {
    return place;
  }
}
