package org.briefkit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.io.AtomicFiles;

/**
 * Writes the command's files whole ({@link AtomicFiles}), and is the one place that decides
 * whose a failure is.
 *
 * <p>The user's (exit 2, a {@link UserException} saying which file and why): the file system
 * refusing the file, whether it refuses the temporary file, a write to it (a full disk), or
 * the final move (a folder in the way, no permission). Ours (exit 1, an unexpected failure):
 * anything else that fails while the content is produced, such as the PDF library giving up
 * midway, even when a library reports it as an {@link IOException}. What the output stream
 * itself throws is what tells the two apart, not the type a library chose to report it with.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Produces the content of one file. */
  @FunctionalInterface
  interface Content<T> {
    /** Writes the whole content to {@code out}, without closing it, and returns what it made. */
    T writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} whole with what {@code content} produces.
   *
   * @return what {@code content} returned
   * @throws UserException if the file system refused the file; {@code target} is then unchanged
   * @throws IOException if producing the content failed for another reason (ours)
   */
  static <T> T write(Path target, Content<T> content) throws IOException {
    if (Files.isDirectory(target)) {
      throw new UserException("cannot write " + target + ": it is a folder");
    }
    List<T> made = new ArrayList<>(1);
    try {
      AtomicFiles.write(
          target,
          out -> {
            Watched watched = new Watched(out);
            try {
              made.add(content.writeTo(watched));
            } catch (IOException | RuntimeException e) {
              if (watched.failure != null) {
                // A library may wrap the file's error, or fail later because of it.
                if (e != watched.failure) {
                  watched.failure.addSuppressed(e);
                }
                throw watched.failure;
              }
              if (e instanceof IOException) {
                throw new NotTheFile((IOException) e);
              }
              throw e;
            }
          });
    } catch (NotTheFile e) {
      throw e.getCause();
    } catch (IOException e) {
      throw new UserException("cannot write " + target + ": " + reason(e), e);
    }
    return made.get(0);
  }

  /** Why the file system refused, in a few words. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      return reason != null ? reason : e.getClass().getSimpleName();
    }
    return Failures.firstLine(String.valueOf(e.getMessage()));
  }

  /** Carries a failure of the content, not of the file, past {@link AtomicFiles}. */
  private static final class NotTheFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotTheFile(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** The file's stream, remembering the first error it threw. */
  private static final class Watched extends FilterOutputStream {
    IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw seen(e);
      }
    }

    private IOException seen(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
