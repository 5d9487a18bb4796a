package org.briefkit.cli.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefkit.cli.Main;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFiles;

/** Runs the command in-process and finds the repository's samples. */
final class Cli {
  private Cli() {}

  /** What one run of the command printed and returned. */
  record Run(int code, String out, String err, long nanos) {
    /**
     * Standard error without the tradecraft warnings the inputs may give: for the tests of
     * everything else the command prints there.
     */
    String problems() {
      return err.lines().filter(l -> !l.contains(": warning: [")).map(l -> l + "\n").collect(Collectors.joining());
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), false, args);
    return new Run(code, out.toString(), err.toString(), System.nanoTime() - start);
  }

  static Path repositoryRoot() {
    String configured = System.getProperty("briefkit.repo");
    Path d = Paths.get(configured != null ? configured : "").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("samples"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException("cannot find the repository's samples folder");
    }
    return d;
  }

  /**
   * The sample case files (the flagship, the fictional scenario and its tradecraft companion),
   * in path order, less the earlier versions of a case that a sample names as its {@code
   * previous} version (same case id, so their outputs would have the same names).
   */
  static List<Path> samples() {
    try (Stream<Path> s = Files.walk(repositoryRoot().resolve("samples"))) {
      List<Path> all =
          s.filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/src/"))
              .sorted()
              .toList();
      Set<Path> earlier = new HashSet<>();
      for (Path p : all) {
        Case c = CaseFiles.read(p);
        if (c.previous().isPresent()) {
          Path previous = p.resolveSibling(c.previous().get()).normalize();
          if (Files.exists(previous) && CaseFiles.read(previous).id().equals(c.id())) {
            earlier.add(previous);
          }
        }
      }
      return all.stream().filter(p -> !earlier.contains(p.normalize())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir}, for checking that nothing was left behind. */
  static List<String> listing(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }
}
