package org.briefkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.io.CaseFiles;

/**
 * Writes synthetic case files for whole-command runs: {@code DIR/synthetic-N.yaml} for each
 * size N given, from the seed every benchmark uses.
 *
 * <pre>java -cp ... org.briefkit.bench.Generate DIR 100 1000 10000</pre>
 */
public final class Generate {
  private Generate() {}

  /** Writes the files named in {@code args}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Path file = dir.resolve("synthetic-" + n + ".yaml");
      CaseFiles.write(Cases.synthetic(n), file);
      System.out.println(file + "\t" + Files.size(file));
    }
  }
}
