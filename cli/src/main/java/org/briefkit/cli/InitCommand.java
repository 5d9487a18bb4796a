package org.briefkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefkit init FILE}: writes a commented starter case that validates. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Writes a commented starter case file to edit, which validates as it is.")
final class InitCommand implements Callable<Integer> {
  static final String STARTER = "starter-case.yaml";

  @CommandLine.ParentCommand private BriefKitCommand top;

  @Parameters(paramLabel = "FILE", description = "The case file to create (e.g. my-case.yaml).")
  private Path file;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  private boolean force;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(file) && !force) {
      throw new UserException(file + " already exists (use --force to replace it)");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      throw new UserException("cannot create " + file + ": folder " + parent + " does not exist");
    }
    byte[] starter = starter();
    OutputFiles.write(file, out -> {
      out.write(starter);
      return null;
    });
    Terminal.println(top.out(), "wrote " + file);
    Terminal.println(top.out(), "check it with: briefkit validate " + file);
    return CommandLine.ExitCode.OK;
  }

  static byte[] starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STARTER);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
