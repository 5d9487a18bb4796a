package org.briefkit.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files whole or not at all: the content goes to a temporary file in the target's
 * folder, which replaces the target only once it is complete. A failure, or a process killed
 * midway, leaves an existing target untouched; the temporary file is removed on failure.
 *
 * <p>A process stopped by a signal it can handle (Ctrl-C, {@code kill}) removes its temporary
 * files as it exits. One killed outright ({@code kill -9}, power loss) cannot remove its
 * temporary file ({@code .NAME.<digits>.tmp} beside the target): the next write of the same
 * target removes such files once they are older than {@link #STALE}, long after any write
 * could still be running.
 *
 * <p>Every file BriefKit writes goes through here: case files ({@link CaseFiles#write}), briefs,
 * workbooks and the command's starter case. It lives in the model, the module every other
 * depends on, so that there is one implementation of these rules.
 */
public final class AtomicFiles {
  /** The age after which a temporary file of a target is taken as left by a killed process. */
  public static final Duration STALE = Duration.ofHours(1);

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
    removeStale(dir, absolute.getFileName().toString());
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    InFlight.add(temp);
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
      try {
        if (!done) {
          Files.deleteIfExists(temp);
        }
      } finally {
        InFlight.remove(temp);
      }
    }
  }

  /**
   * The temporary files being written in this JVM, removed by a shutdown hook if the JVM exits
   * mid-write. The hook is registered on first use, once per JVM, and does nothing when no
   * write is under way.
   */
  private static final class InFlight {
    private static final Set<Path> TEMPS = ConcurrentHashMap.newKeySet();

    static {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    for (Path p : TEMPS) {
                      try {
                        Files.deleteIfExists(p);
                      } catch (IOException e) {
                        // Left for the stale-file sweep of the next write.
                      }
                    }
                  },
                  "briefkit-temporary-files"));
    }

    private InFlight() {}

    static void add(Path temp) {
      TEMPS.add(temp);
    }

    static void remove(Path temp) {
      TEMPS.remove(temp);
    }
  }

  /** Removes this target's temporary files older than {@link #STALE}; best effort. */
  private static void removeStale(Path dir, String name) {
    String prefix = "." + name + ".";
    Instant cutoff = Instant.now().minus(STALE);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> isTemp(p, prefix))) {
      for (Path p : temps) {
        try {
          if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // Left for the next write: a stale temporary file is harmless.
        }
      }
    } catch (IOException e) {
      // Likewise: cleaning up must never stop a write.
    }
  }

  private static boolean isTemp(Path p, String prefix) {
    String n = p.getFileName().toString();
    return n.startsWith(prefix)
        && n.endsWith(".tmp")
        && n.length() > prefix.length() + 4
        && n.substring(prefix.length(), n.length() - 4).chars().allMatch(c -> c >= '0' && c <= '9');
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
