package org.briefkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a watched file is at one moment: missing, or there with its size, modification time,
 * identity (inode) and a hash of its content. Two states have the same content when both are
 * missing or both hold the same bytes; the metadata only spares reading a file that has not
 * been touched, so that a save that leaves the bytes as they were (or {@code touch}) is no
 * change. A file that cannot be read counts as missing: the render that follows says why.
 *
 * <p>A file hashed within {@value #RACY_MILLIS} ms of its modification time is {@code racy}:
 * a second save in the same tick of the file system's clock (a second on some) would leave
 * its metadata as they were, so its content is read again at the next look (git's rule for
 * "racily clean" files).
 */
record FileState(boolean exists, long size, FileTime modified, Object key, String hash, boolean racy) {
  static final FileState MISSING = new FileState(false, -1, FileTime.fromMillis(0), "", "", false);

  /** How close to its modification time a file's hash is taken to be unsure. */
  static final long RACY_MILLIS = 2_000;

  /** The state of {@code file} now, its content hashed. */
  static FileState of(Path file) {
    return refresh(file, MISSING);
  }

  /**
   * The state of {@code file} now: {@code previous} itself if the metadata are the same and
   * {@code previous} is not racy (the content is not read again), else a new state with its
   * content hashed.
   */
  static FileState refresh(Path file, FileState previous) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return MISSING;
    }
    if (!a.isRegularFile()) {
      return MISSING;
    }
    if (previous.exists
        && !previous.racy
        && previous.size == a.size()
        && previous.modified.equals(a.lastModifiedTime())
        && Objects.equals(previous.key, a.fileKey())) {
      return previous;
    }
    try {
      String hash = hash(file);
      boolean racy = System.currentTimeMillis() - a.lastModifiedTime().toMillis() < RACY_MILLIS;
      return new FileState(true, a.size(), a.lastModifiedTime(), a.fileKey() == null ? "" : a.fileKey(), hash, racy);
    } catch (NoSuchFileException e) {
      return MISSING; // gone between the two looks, as in the middle of an editor's rename
    } catch (IOException e) {
      return MISSING;
    }
  }

  /** Whether the two states hold the same content (both missing counts as the same). */
  boolean sameContent(FileState other) {
    return exists == other.exists && hash.equals(other.hash);
  }

  /** Whether the metadata are the same: nothing has been done to the file. */
  boolean sameMetadata(FileState other) {
    return exists == other.exists
        && size == other.size
        && modified.equals(other.modified)
        && key.equals(other.key);
  }

  private static String hash(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
