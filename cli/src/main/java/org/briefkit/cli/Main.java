package org.briefkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code briefkit} command. Exit codes: 0 success, 1 unexpected
 * failure, 2 invalid input or usage; 130 when Ctrl-C stops {@code render --watch}.
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    quietLibraries();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, System.console() != null, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command in-process, writing results to {@code out} and messages to {@code err}.
   *
   * @param interactive whether {@code err} is a terminal, which enables progress lines
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, boolean interactive, String... args) {
    return run(new BriefKitCommand(out, err, interactive, RenderCommand.Briefs.PDF), args);
  }

  /** Runs the command with {@code top}'s streams and renderer. */
  static int run(BriefKitCommand top, String... args) {
    CommandLine cl = new CommandLine(top);
    cl.setOut(top.out());
    cl.setErr(top.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Failures failures = new Failures(top);
    cl.setExecutionExceptionHandler(failures);
    cl.setParameterExceptionHandler(failures);
    return cl.execute(args);
  }

  /**
   * Keeps the libraries' logging off the user's terminal: POI logs through the Log4j API,
   * which warns on stderr when no logging back end is present.
   */
  static void quietLibraries() {
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogLevel", "OFF");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.setProperty("java.awt.headless", "true");
  }
}
