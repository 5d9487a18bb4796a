package org.briefkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code briefkit} command. Exit codes: 0 success, 1 unexpected
 * failure, 2 invalid input or usage.
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    useHeadlessAwt();
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
    BriefKitCommand top = new BriefKitCommand(out, err, interactive);
    CommandLine cl = new CommandLine(top);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures(top));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("briefkit: " + ex.getMessage());
          err.println("Run 'briefkit " + subcommandName(ex.getCommandLine()) + "--help' for usage.");
          return CommandLine.ExitCode.USAGE;
        });
    return cl.execute(args);
  }

  private static String subcommandName(CommandLine cl) {
    String name = cl.getCommandName();
    return cl.getParent() == null ? "" : name + " ";
  }

  /**
   * Headless AWT for the charts and fonts. The libraries' logging is kept off the terminal by
   * the report module itself (POI logs through the Log4j API, which warns when it has no back
   * end), so the command adds nothing for it.
   */
  static void useHeadlessAwt() {
    System.setProperty("java.awt.headless", "true");
  }
}
