package org.briefkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Turns exceptions into messages and exit codes: user mistakes 2, anything else 1. Every
 * failure message the command prints is printed here, through {@link Terminal}, since most
 * quote the user's input.
 */
final class Failures
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  private final BriefKitCommand top;

  Failures(BriefKitCommand top) {
    this.top = top;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = top.err();
    if (ex instanceof InputProblems) {
      print(err, (InputProblems) ex);
      return CommandLine.ExitCode.USAGE;
    }
    if (ex instanceof UserException) {
      Terminal.println(err, "briefkit: " + ex.getMessage());
      if (top.verbose()) {
        printStackTrace(err, ex);
      }
      return CommandLine.ExitCode.USAGE;
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    Terminal.println(err, "briefkit: unexpected failure: " + firstLine(message));
    if (top.verbose()) {
      printStackTrace(err, ex);
    } else {
      err.println("Run again with --verbose for the details.");
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = top.err();
    Terminal.println(err, "briefkit: " + ex.getMessage());
    CommandLine cl = ex.getCommandLine();
    String sub = cl.getParent() == null ? "" : cl.getCommandName() + " ";
    err.println("Run 'briefkit " + sub + "--help' for usage.");
    return CommandLine.ExitCode.USAGE;
  }

  /** Prints the problems, one a line. */
  static void print(PrintWriter err, InputProblems problems) {
    problems.lines().forEach(line -> Terminal.println(err, line));
  }

  /** The stack trace, each line escaped but for the tab that indents it. */
  private static void printStackTrace(PrintWriter err, Exception ex) {
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    trace.toString().lines().forEach(line -> {
      String indent = line.startsWith("\t") ? "\t" : "";
      err.println(indent + Terminal.printable(line.substring(indent.length())));
    });
  }

  static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
