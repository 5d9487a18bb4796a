package org.briefkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefkit.analysis.changes.CaseChanges;
import org.briefkit.analysis.changes.CaseDiff;
import org.briefkit.analysis.changes.ChangeJson;
import org.briefkit.analysis.changes.ChangeText;
import org.briefkit.model.LocatedCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code briefkit diff OLD NEW}: what changed between two versions of a case, each a case file or
 * a workbook, in text or JSON.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Prints what changed from OLD to NEW, two versions of a case, each a case file (YAML or"
          + " JSON) or a BriefKit workbook: the elements added, removed and changed, section by"
          + " section, and for key judgments the old and new confidence and likelihood with the"
          + " reason given (docs/provenance.md).",
      "Exits with 0, or with --exit-code 1 when the versions differ; 2 when either file has a"
          + " problem (every problem of both is printed, located as validate prints them)."
    })
final class DiffCommand implements Callable<Integer> {
  /** The forms the changes are printed in. */
  enum Format {
    /** For readers: a line per change, indented by section and element. */
    TEXT,
    /** For programs: one JSON object. */
    JSON
  }

  @CommandLine.ParentCommand private BriefKitCommand top;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a case file or a workbook.")
  private Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a case file or a workbook.")
  private Path after;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "How to print the changes: text (the default) or json.")
  private Format format;

  @Option(
      names = "--exit-code",
      description = "Exit with 1 when the versions differ and 0 when they do not, like git diff --exit-code.")
  private boolean exitCode;

  @CommandLine.Mixin private CaseLimits limits = new CaseLimits();

  @Override
  public Integer call() {
    limits.reader(); // a bad limit is told before any file is read
    List<String> problems = new ArrayList<>();
    Optional<LocatedCase> old = load(before, problems);
    Optional<LocatedCase> now = load(after, problems);
    if (!problems.isEmpty()) {
      throw new InputProblems(problems);
    }
    CaseChanges changes = CaseDiff.between(old.orElseThrow().value(), now.orElseThrow().value());
    String printed =
        format == Format.JSON
            ? ChangeJson.of(changes, before.toString(), after.toString())
            : ChangeText.of(changes, before.toString(), after.toString());
    printed.lines().forEach(line -> Terminal.println(top.out(), line));
    top.out().flush();
    return exitCode && !changes.isEmpty() ? 1 : CommandLine.ExitCode.OK;
  }

  /** The case in {@code file}, or its problems added to {@code problems}. */
  private Optional<LocatedCase> load(Path file, List<String> problems) {
    try {
      return Optional.of(CaseInputs.load(file, limits));
    } catch (InputProblems e) {
      problems.addAll(e.lines());
      return Optional.empty();
    }
  }
}
