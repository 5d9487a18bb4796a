package org.briefkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns exceptions into messages and exit codes: user mistakes 2, anything else 1. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  private final BriefKitCommand top;

  Failures(BriefKitCommand top) {
    this.top = top;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = top.err();
    if (ex instanceof InputProblems) {
      ((InputProblems) ex).lines().forEach(err::println);
      return CommandLine.ExitCode.USAGE;
    }
    if (ex instanceof UserException) {
      err.println("briefkit: " + ex.getMessage());
      if (top.verbose()) {
        ex.printStackTrace(err);
      }
      return CommandLine.ExitCode.USAGE;
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    err.println("briefkit: unexpected failure: " + firstLine(message));
    if (top.verbose()) {
      ex.printStackTrace(err);
    } else {
      err.println("Run again with --verbose for the details.");
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
