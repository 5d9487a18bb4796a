package org.briefkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code briefkit validate CASE...}: checks case files and reports every problem of every file,
 * then the tradecraft warnings of each valid one.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks case files (YAML or JSON) or BriefKit workbooks and reports every problem of every"
          + " file as file:line:column: message, then the tradecraft warnings of each valid file"
          + " as file:line:column: warning: [rule] message.",
      "Exits with 0 when all are valid (warnings or not), 2 when any has a problem, or with"
          + " --strict any has a warning."
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.ParentCommand private BriefKitCommand top;

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files or workbooks to check.")
  private List<Path> cases;

  @Option(names = "--strict", description = "Make tradecraft warnings fail the check (exit 2), like problems.")
  private boolean strict;

  @CommandLine.Mixin private FolderOptions folders = new FolderOptions();

  @CommandLine.Mixin private CaseLimits limits = new CaseLimits();

  @Override
  public Integer call() {
    limits.reader(); // a bad limit is told before any file is read
    int invalid = 0;
    for (Path file : cases) {
      try {
        LocatedCase located = CaseInputs.load(file, limits, folders);
        CaseMaterials materials = Materials.load(file, located, folders, limits);
        List<String> warnings = Warnings.of(located, Tradecraft.check(located.value(), materials));
        warnings.forEach(line -> Terminal.println(top.err(), line));
        if (strict && !warnings.isEmpty()) {
          invalid++;
          Terminal.println(top.err(), file + ": fails --strict with " + Warnings.count(warnings.size()));
          continue;
        }
        Case c = located.value();
        Terminal.println(
            top.out(),
            String.format(
                    Locale.ROOT,
                    "%s: ok (%d stakeholders, %d motivations, %d events, %d actors)",
                    file, c.stakeholders().size(), c.motivations().size(), c.events().size(),
                    c.actors().size())
                + (warnings.isEmpty() ? "" : " with " + Warnings.count(warnings.size())));
      } catch (InputProblems e) {
        invalid++;
        Failures.print(top.err(), e);
      }
    }
    if (invalid > 0 && cases.size() > 1) {
      top.err().printf("%d of %d files have problems%n", invalid, cases.size());
    }
    return invalid == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.USAGE;
  }
}
