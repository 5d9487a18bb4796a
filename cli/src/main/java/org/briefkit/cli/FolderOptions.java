package org.briefkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.io.CaseFolder;
import picocli.CommandLine.Option;

/**
 * The options that say where the files a case names may be read from and how large they may
 * be: {@code --allow-root DIR} (repeatable) and {@code --max-text-size SIZE}. Shared by {@code
 * render} and {@code validate}.
 */
final class FolderOptions {
  @Option(
      names = "--allow-root",
      paramLabel = "DIR",
      description = {
        "A folder, besides the case file's own, that the files a case names (its sources' texts,"
            + " its previous version, its datasets) may lie in. Repeatable."
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
      folder = folder.withMaxFileSize(Sizes.parse("--max-text-size", maxSize));
    }
    return folder;
  }
}
