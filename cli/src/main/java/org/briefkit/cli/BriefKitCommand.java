package org.briefkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code briefkit} command; the work is done by its subcommands. */
@Command(
    name = "briefkit",
    mixinStandardHelpOptions = true,
    versionProvider = BriefKitCommand.Version.class,
    description = "Turns a policy analysis written as a case file into a PDF brief and an Excel workbook.",
    subcommands = {
      RenderCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success", "1:unexpected failure", "2:invalid input or usage", "130:render --watch stopped by Ctrl-C"
    })
final class BriefKitCommand implements Runnable {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final RenderCommand.Briefs briefs;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of unexpected failures.")
  private boolean verbose;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  BriefKitCommand(PrintWriter out, PrintWriter err, boolean interactive, RenderCommand.Briefs briefs) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.briefs = briefs;
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean interactive() {
    return interactive;
  }

  RenderCommand.Briefs briefs() {
    return briefs;
  }

  boolean verbose() {
    return verbose;
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = BriefKitCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"briefkit " + p.getProperty("version", "(development)")};
    }
  }
}
