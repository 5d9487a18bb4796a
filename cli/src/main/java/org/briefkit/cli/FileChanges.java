package org.briefkit.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * Tells when the content of any of a set of files changes, however an editor saves it: in
 * place (truncate and write, often two events), by writing a temporary file and renaming it
 * over the file (vim, most IDEs, {@code mv tmp case.yaml}), or by deleting and re-creating it.
 *
 * <p>It watches the files' folders, not the files, since a rename gives the name a new file;
 * an event only says when to look, and the files' {@link FileState states} say whether their
 * content changed. A burst of events (one save) is waited out until the folder has been quiet
 * for {@link #QUIET}; a file that disappears is waited for up to {@link #GONE} (an editor
 * between its delete and its rename) before its absence counts as a change.
 *
 * <p>The files are also looked at when no event has come for a while: every 100 ms where the
 * JDK has no native file events (macOS, where its watch service polls every 10 seconds), which
 * is then what finds changes; every second elsewhere (inotify on Linux, Windows), which only
 * covers a folder that did not exist yet when it was to be watched, or a file reached through
 * a link.
 *
 * <p>Not thread-safe: one thread watches.
 */
final class FileChanges implements Closeable {
  /** How long the files must be left alone before a change is taken as saved. */
  static final Duration QUIET = Duration.ofMillis(40);

  /** How long a file may be missing before that is a change. */
  static final Duration GONE = Duration.ofMillis(1000);

  /** The longest a burst of events is waited out, so that a file written non-stop still renders. */
  private static final Duration LONGEST_SETTLE = Duration.ofSeconds(2);

  private final WatchService service;
  private final Duration poll;
  private final Map<Path, WatchKey> folders = new HashMap<>();
  private final Map<Path, FileState> states = new LinkedHashMap<>();

  private FileChanges(WatchService service, Duration poll) {
    this.service = service;
    this.poll = poll;
  }

  /** Watches nothing yet, on the default file system. */
  static FileChanges open() throws IOException {
    WatchService service = FileSystems.getDefault().newWatchService();
    // The JDK's fallback where the system has no file events (macOS) polls every 10 seconds.
    boolean polling = service.getClass().getSimpleName().equals("PollingWatchService");
    return new FileChanges(service, polling ? Duration.ofMillis(100) : Duration.ofSeconds(1));
  }

  /**
   * Watches exactly {@code files} from now on. A file watched before keeps the state it was
   * last seen in, so that a change made since is still found; a new one is taken as it is now.
   */
  void watch(Collection<Path> files) {
    Set<Path> wanted = new LinkedHashSet<>();
    files.forEach(f -> wanted.add(f.toAbsolutePath().normalize()));
    states.keySet().retainAll(wanted);
    for (Path f : wanted) {
      states.computeIfAbsent(f, FileState::of);
    }
    Set<Path> dirs = new LinkedHashSet<>();
    wanted.forEach(f -> dirs.add(f.getParent()));
    folders.entrySet().removeIf(e -> {
      if (dirs.contains(e.getKey()) && e.getValue().isValid()) {
        return false;
      }
      e.getValue().cancel();
      return true;
    });
    for (Path dir : dirs) {
      if (!folders.containsKey(dir) && Files.isDirectory(dir)) {
        try {
          folders.put(dir, dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
        } catch (IOException e) {
          // Left to the polling: the folder may be created later.
        }
      }
    }
  }

  /**
   * Waits until the content of one or more watched files has changed and the change has
   * settled, and returns those files; their new states are the reference for the next wait.
   *
   * @throws InterruptedException if the thread is interrupted: the watch is to stop
   */
  Set<Path> awaitChanges() throws InterruptedException {
    Map<Path, Long> missingSince = new HashMap<>();
    while (true) {
      boolean waitingForMissing = !missingSince.isEmpty();
      long timeout = waitingForMissing ? QUIET.toMillis() : poll.toMillis();
      if (!events(timeout) && !waitingForMissing) {
        // No event: look anyway (the polling). A file whose metadata are as they were is not
        // read again unless its last hash was racy (FileState), so compare contents, not metadata.
        Map<Path, FileState> now = look(states);
        if (all(states, now, FileState::sameContent)) {
          states.putAll(now); // touched only, or a racy hash now settled
          continue;
        }
      }
      Map<Path, FileState> current = settle();
      Map<Path, FileState> changed = new LinkedHashMap<>();
      boolean waiting = false;
      long now = System.nanoTime();
      for (Map.Entry<Path, FileState> e : current.entrySet()) {
        Path file = e.getKey();
        FileState state = e.getValue();
        if (state.sameContent(states.get(file))) {
          states.put(file, state); // touched only: the new metadata spare the next look a hash
          missingSince.remove(file);
        } else if (!state.exists() && now - missingSince.computeIfAbsent(file, k -> now) < GONE.toNanos()) {
          waiting = true;
        } else {
          missingSince.remove(file);
          changed.put(file, state);
        }
      }
      if (!changed.isEmpty() && !waiting) {
        states.putAll(changed);
        return changed.keySet();
      }
    }
  }

  /**
   * Waits out a burst of events and writes, until the files are left alone for {@link #QUIET},
   * and returns their states then.
   */
  private Map<Path, FileState> settle() throws InterruptedException {
    long end = System.nanoTime() + LONGEST_SETTLE.toNanos();
    Map<Path, FileState> seen = look(states);
    while (System.nanoTime() < end) {
      boolean more = events(QUIET.toMillis());
      Map<Path, FileState> again = look(seen);
      if (!more && all(seen, again, FileState::sameMetadata)) {
        return again;
      }
      seen = again;
    }
    return seen;
  }

  private static Map<Path, FileState> look(Map<Path, FileState> before) {
    Map<Path, FileState> now = new LinkedHashMap<>();
    before.forEach((file, state) -> now.put(file, FileState.refresh(file, state)));
    return now;
  }

  /** Whether {@code same} holds for each file's two states (a file missing from {@code b} fails). */
  private static boolean all(Map<Path, FileState> a, Map<Path, FileState> b, BiPredicate<FileState, FileState> same) {
    for (Map.Entry<Path, FileState> e : a.entrySet()) {
      FileState other = b.get(e.getKey());
      if (other == null || !same.test(e.getValue(), other)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Waits up to {@code millis} for events, then takes every event already there: whether any
   * concerns a watched file (or events were lost, which may hide one).
   */
  private boolean events(long millis) throws InterruptedException {
    boolean relevant = false;
    WatchKey key = service.poll(millis, TimeUnit.MILLISECONDS);
    while (key != null) {
      Path dir = (Path) key.watchable();
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW || states.containsKey(dir.resolve((Path) event.context()))) {
          relevant = true;
        }
      }
      if (!key.reset()) {
        folders.remove(dir); // the folder is gone; watched again if it comes back (watch())
      }
      key = service.poll();
    }
    return relevant;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
