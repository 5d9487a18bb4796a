package org.briefkit.model.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A file named in a case could not be used: it leads out of the case's folder, is missing, too
 * large, binary or not UTF-8, and so on ({@link #reason()}). The message says what is wrong and
 * what to do, naming the path as written, but not where it was written: the caller, who knows
 * the field, puts the place in front ({@code korea-nato.yaml:12:15: ...}).
 *
 * <p>A {@linkplain Reason#MISSING missing} file is told apart from the refusals: a missing source
 * text is only a warning (a workbook moved away from its texts still renders), while a file that
 * is there and refused is an error.
 *
 * <p>It extends {@link IOException} so that callers reading files handle "cannot read" and
 * "refused" in one place, as with {@link CaseFileException}.
 */
public final class CaseFolderException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a file was not used. */
  public enum Reason {
    /** An absolute path ({@code /x}, {@code C:/x}, {@code ~/x}, {@code //server/x}). */
    ABSOLUTE,
    /** A path that is blank, written with backslashes or holding control characters. */
    INVALID_PATH,
    /** A path that leads out of the case's folder (and the other allowed roots) by {@code ..}. */
    OUTSIDE,
    /** A path through a symbolic link (the file's own, or a folder's on the way) that leads out. */
    LINK_OUTSIDE,
    /** Nothing is there. */
    MISSING,
    /** A folder, or something else that is not a regular file. */
    NOT_A_FILE,
    /** A file over the size limit. */
    TOO_LARGE,
    /** A file holding a NUL byte: a binary file, not text. */
    BINARY,
    /** A file that is not valid UTF-8 text (UTF-16 included). */
    NOT_UTF8,
    /** A file that cannot be read (permissions, an I/O error). */
    UNREADABLE
  }

  private final Reason reason;
  private final String path;

  /**
   * An exception for the file written as {@code path}.
   *
   * @param reason why the file was not used
   * @param path the path as the case wrote it
   * @param message what is wrong and what to do, without the place it was written
   */
  public CaseFolderException(Reason reason, String path, String message) {
    super(Objects.requireNonNull(message, "message must not be null"));
    this.reason = Objects.requireNonNull(reason, "reason must not be null");
    this.path = Objects.requireNonNull(path, "path must not be null");
  }

  /** Why the file was not used. */
  public Reason reason() {
    return reason;
  }

  /** The path as the case wrote it. */
  public String path() {
    return path;
  }

  /** Whether the file is simply not there, rather than refused. */
  public boolean isMissing() {
    return reason == Reason.MISSING;
  }
}
