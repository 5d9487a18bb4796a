package org.briefkit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files whole or not at all: the content goes to a temporary file in the target's
 * folder, which replaces the target only once it is complete. A failure, or a process killed
 * midway, leaves an existing target untouched; the temporary file is removed on failure.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes content to an output stream; may fail with an I/O error. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the whole content to {@code out}, without closing it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} atomically with what {@code writer} produces.
   *
   * @throws IOException if writing or the final move fails; the target is then unchanged
   */
  public static void write(Path target, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        writer.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
