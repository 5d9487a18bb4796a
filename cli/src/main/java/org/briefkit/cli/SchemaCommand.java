package org.briefkit.cli;

import java.util.concurrent.Callable;
import org.briefkit.model.io.CaseSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code briefkit schema}: prints the JSON Schema of case files. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of case files, for editors that validate and"
          + " complete YAML or JSON.",
      "Save it beside your cases and point the first line of a case file at it:",
      "  # yaml-language-server: $schema=briefkit-case.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.ParentCommand private BriefKitCommand top;

  @Override
  public Integer call() {
    top.out().print(CaseSchema.text());
    top.out().flush();
    return CommandLine.ExitCode.OK;
  }
}
