package org.briefkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.briefkit.model.Case;

/**
 * {@code render --watch}: renders the cases, then renders again each time a case file or a file
 * a case names (its sources' texts, its previous version) is saved, in the same JVM, until
 * stopped.
 *
 * <p>Each render is the command's own ({@link RenderCommand#render}): every case is read and
 * checked, and problems (or warnings under {@code --strict}) are printed as {@code render}
 * prints them, with nothing written, so that the outputs stay as they were; the next good save
 * writes them again. A save writes the outputs of the cases it concerns. The files watched are
 * worked out again after every render, from what each case names; a case that cannot be read
 * keeps the files it named before.
 *
 * <p>Ctrl-C (SIGINT) stops it: a shutdown hook stops the loop, which ends an output being
 * written (its temporary file removed, the output as it was) and the JVM exits with 130, the
 * shell's code for a process stopped by SIGINT. Interrupting the thread that runs it stops it
 * the same way.
 */
final class WatchSession {
  /** The exit code once stopped: 128 + SIGINT, as the JVM exits on Ctrl-C. */
  static final int STOPPED = 130;

  /** How long Ctrl-C waits for the render under way to stop before the JVM exits regardless. */
  private static final long STOP_WAIT_SECONDS = 10;

  private final RenderCommand command;
  private final BriefKitCommand top;
  /** Each case, as given, with the files it is read from: itself and the files it names. */
  private final Map<Path, Set<Path>> filesOf = new LinkedHashMap<>();
  /** The cases changed since their outputs were last written. */
  private final Set<Path> unwritten = new LinkedHashSet<>();
  private volatile boolean stopping;

  WatchSession(RenderCommand command, BriefKitCommand top) {
    this.command = command;
    this.top = top;
  }

  /**
   * Renders, then renders again on every change, until stopped.
   *
   * @return {@link #STOPPED}
   * @throws InputProblems if a case file is not there to start with
   */
  int run() throws IOException {
    for (Path c : command.cases()) {
      if (!Files.exists(c)) {
        throw new InputProblems(List.of(c + ": no such file"));
      }
      filesOf.put(c, Set.of(absolute(c)));
      unwritten.add(c);
    }
    Thread loop = Thread.currentThread();
    CountDownLatch done = new CountDownLatch(1);
    Thread stop = new Thread(() -> {
      stopping = true;
      loop.interrupt();
      try {
        done.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        // Exiting anyway.
      }
    }, "briefkit-watch-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try (FileChanges changes = FileChanges.open()) {
      // Seen before the first render reads them, so that a save during it is not missed.
      changes.watch(filesOf.keySet());
      Set<Path> watched = Set.of();
      while (!stopped()) {
        List<CaseOutputs.Written> written = renderOnce();
        Set<Path> files = filesOf.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        checkNotRead(written, files);
        changes.watch(files);
        if (!files.equals(watched) && !stopped()) {
          Terminal.println(top.err(), watching(files.size()));
          watched = files;
        }
        // Collected now, while the user edits, rather than during the next render: a render of
        // the flagship allocates some 60 MB, and the collections that fell inside renders (a
        // full one every ten renders with the launcher's serial collector) made their slowest
        // times (docs/cli.md, --watch).
        System.gc();
        Set<Path> changed = changes.awaitChanges();
        filesOf.forEach((c, its) -> {
          if (!Collections.disjoint(its, changed)) {
            unwritten.add(c);
          }
        });
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook is what stopped the loop.
      }
    }
    return STOPPED;
  }

  private boolean stopped() {
    return stopping || Thread.currentThread().isInterrupted();
  }

  /**
   * Renders the cases changed, prints what came of it, updates the files each case names, and
   * returns the outputs written.
   */
  private List<CaseOutputs.Written> renderOnce() {
    Map<Path, Case> read = new LinkedHashMap<>();
    List<CaseOutputs.Written> written = new ArrayList<>();
    long start = System.nanoTime();
    try {
      command.render(command.options(), unwritten::contains, read, written::add);
      unwritten.clear();
      if (!written.isEmpty() && !stopped()) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        String files = written.stream().map(CaseOutputs.Written::toString).collect(Collectors.joining(", "));
        Terminal.println(top.out(), String.format(Locale.ROOT, "wrote %s in %d ms", files, millis));
      }
    } catch (InputProblems e) {
      if (!stopped()) {
        Failures.print(top.err(), e);
        Terminal.println(top.err(), "briefkit: nothing written, the outputs are as they were; watching for the next save");
      }
    } catch (IOException | RuntimeException e) {
      // A file the system refused (a full disk) or a failure of ours: told as render tells it,
      // and the next save tries again.
      if (!stopped()) {
        new Failures(top).handleExecutionException(e, null, null);
      }
    }
    read.forEach((c, aCase) -> {
      Set<Path> files = new LinkedHashSet<>();
      files.add(absolute(c));
      Materials.named(c, aCase).forEach(f -> files.add(absolute(f)));
      filesOf.put(c, files);
    });
    return written;
  }

  /**
   * Refuses to go on when an output is a file the render reads (a workbook rendered into its
   * own folder): each render would set off the next.
   */
  private static void checkNotRead(List<CaseOutputs.Written> written, Set<Path> files) {
    for (CaseOutputs.Written o : written) {
      if (files.contains(absolute(o.file()))) {
        throw new UserException(
            "--watch: " + o.file() + " is both written and read by the render, so that each render"
                + " would set off the next: write the outputs to another folder (-o DIR)");
      }
    }
  }

  private String watching(int count) {
    List<Path> cases = command.cases();
    int named = count - cases.size();
    String them = cases.stream().map(Path::toString).collect(Collectors.joining(", "));
    String rest =
        named <= 0 ? "" : " and " + named + (named == 1 ? " file " : " files ") + (cases.size() == 1 ? "it names" : "they name");
    return "briefkit: watching " + them + rest + " (Ctrl-C to stop)";
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
