package org.briefkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.model.io.CaseFolder;
import picocli.CommandLine.Option;

/**
 * The options that say where the files a case names may be read from and how large they may
 * be: {@code --allow-root DIR} (repeatable) and {@code --max-text-size SIZE}. Shared by {@code
 * render} and {@code validate}.
 */
final class FolderOptions {
  private static final Pattern SIZE =
      Pattern.compile("([0-9]{1,12})\\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?", Pattern.CASE_INSENSITIVE);

  @Option(
      names = "--allow-root",
      paramLabel = "DIR",
      description = {
        "A folder, besides the case file's own, that the files a case names (its sources' texts,"
            + " its previous version) may lie in. Repeatable."
      })
  private List<Path> roots = new ArrayList<>();

  @Option(
      names = "--max-text-size",
      paramLabel = "SIZE",
      description = "The largest file a case may name, such as 20MiB or 500KiB (default: 8MiB).")
  private String maxSize;

  /** The folder rule for the case in {@code caseFile}, with these options. */
  CaseFolder folderOf(Path caseFile) {
    CaseFolder folder = CaseFolder.ofCaseFile(caseFile);
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        throw new UserException("--allow-root " + root + ": no such folder");
      }
      folder = folder.allowing(root);
    }
    if (maxSize != null) {
      folder = folder.withMaxFileSize(parseSize(maxSize));
    }
    return folder;
  }

  /** "20MiB", "500 KiB", "1048576" (bytes); units are powers of 1024, "MB" read as "MiB". */
  static long parseSize(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new UserException(
          "--max-text-size " + text + ": must be a size such as 20MiB, 500KiB or 1048576 (bytes)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long factor =
        unit.startsWith("k") ? 1024L : unit.startsWith("m") ? 1024L * 1024 : unit.startsWith("g") ? 1024L * 1024 * 1024 : 1L;
    if (n == 0) {
      throw new UserException("--max-text-size " + text + ": must be at least 1 byte");
    }
    if (n > Long.MAX_VALUE / factor) {
      throw new UserException("--max-text-size " + text + ": is too large");
    }
    return n * factor;
  }
}
