package org.briefkit.model.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.briefkit.model.Case;

/**
 * Reading and writing case files with the default settings: the short way to the common
 * cases. Use {@link CaseReader} to change the limits.
 */
public final class CaseFiles {
  private CaseFiles() {}

  /**
   * Reads the case file at {@code file}, YAML or JSON.
   *
   * @throws CaseFileException listing every problem in the file, each as {@code
   *     file:line:column: message}
   * @throws IOException if the file cannot be read
   */
  public static Case read(Path file) throws IOException {
    return CaseReader.standard().read(file);
  }

  /**
   * Reads a case from {@code text}, the content of a file named {@code name} in messages.
   *
   * @throws CaseFileException listing every problem in the text
   */
  public static Case parse(String text, String name) throws CaseFileException {
    return CaseReader.standard().parse(text, name);
  }

  /**
   * Writes {@code c} to {@code file} as a YAML case file in UTF-8, replacing the file whole:
   * the text goes to a temporary file beside it, moved into place once complete, so that an
   * analyst's existing case file is never left half-written.
   *
   * @throws IOException if the file cannot be written; an existing file is then unchanged
   */
  public static void write(Case c, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        CaseWriter.write(c, out);
      }
      // Temporary files are private to their owner; the case file keeps the usual rights.
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(
            temp,
            Files.exists(absolute)
                ? Files.getPosixFilePermissions(absolute)
                : PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
