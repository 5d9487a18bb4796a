package org.briefkit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

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
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        writer.writeTo(out);
        out.flush();
        // On disk before the rename, so that a crash never leaves a renamed but empty file.
        channel.force(true);
      }
      copyPermissions(absolute, temp);
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

  /**
   * Gives the new file the permissions of the file it replaces, or {@code rw-r--r--} for a new
   * file: temporary files are created readable by their owner only.
   */
  private static void copyPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }
}
