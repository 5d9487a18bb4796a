package org.briefkit.report.xlsx;

import java.io.IOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.io.function.IOConsumer;
import org.apache.commons.io.function.IORunnable;
import org.apache.poi.util.Reproducibility;

/**
 * The one process-wide setting of Apache POI that the workbook depends on, handled so that it
 * does not race between concurrent writes.
 *
 * <p>POI stamps each zip entry with the clock unless its global source-date-epoch flag is on.
 * {@link Reproducibility#runWithSourceDateEpoch} sets and restores that flag around one call,
 * which races when writes overlap (one write restores the flag while another still runs). Here
 * a holder thread keeps the flag on for as long as any workbook write is in progress, and
 * restores it when the last one ends. If the holder cannot start or cannot set the flag, every
 * write waiting for it fails, and the next write starts a new holder.
 *
 * <p>Logging is left to the application: the library sets no system property. POI logs through
 * the Log4j API, which prints a one-line notice on standard error when the application has no
 * Log4j provider (the embedding guide says how to silence it).
 */
final class PoiRuntime {
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Condition CHANGED = LOCK.newCondition();
  private static int writers;
  /** The holder writers are waiting for or writing under; null when none is running. */
  private static Holder current;

  /** Runs its argument with POI's zip-time switch on; tests replace it to make entering fail. */
  static volatile IOConsumer<IORunnable> section = Reproducibility::runWithSourceDateEpoch;

  private PoiRuntime() {}

  /** One holder thread's state, guarded by {@link #LOCK}. */
  private static final class Holder {
    boolean on;
    Throwable failure;
  }

  /**
   * Runs {@code body} with POI's zip entry times fixed, safely alongside other such runs.
   *
   * @throws IllegalStateException if the times cannot be fixed; {@code body} has not run then
   */
  static void withFixedZipTimes(IORunnable body) throws IOException {
    enter();
    try {
      body.run();
    } finally {
      leave();
    }
  }

  private static void enter() {
    LOCK.lock();
    try {
      writers++;
      Holder h = current;
      if (h == null) {
        h = new Holder();
        current = h;
        start(h);
      }
      while (!h.on && h.failure == null) {
        CHANGED.awaitUninterruptibly();
      }
      if (h.failure != null) {
        writers--;
        throw new IllegalStateException("cannot fix the workbook's zip entry times", h.failure);
      }
    } finally {
      LOCK.unlock();
    }
  }

  private static void leave() {
    LOCK.lock();
    try {
      writers--;
      CHANGED.signalAll();
    } finally {
      LOCK.unlock();
    }
  }

  /** Starts the holder thread; called under the lock. */
  private static void start(Holder h) {
    try {
      Thread thread = new Thread(() -> hold(h), "briefkit-xlsx-zip-times");
      thread.setDaemon(true);
      thread.start();
    } catch (RuntimeException | Error e) {
      // Such as an OutOfMemoryError when the system has no thread to spare.
      fail(h, e);
    }
  }

  /** Holds the flag on while writers are active; sets and restores it under the lock. */
  private static void hold(Holder h) {
    LOCK.lock();
    try {
      section.accept(
          () -> {
            h.on = true;
            CHANGED.signalAll();
            while (writers > 0) {
              CHANGED.awaitUninterruptibly();
            }
            h.on = false;
          });
    } catch (IOException | RuntimeException | Error e) {
      fail(h, e);
    } finally {
      if (current == h) {
        current = null;
      }
      LOCK.unlock();
    }
  }

  /**
   * Wakes the writers waiting for {@code h} with its failure, and lets the next write start a
   * new holder; called under the lock.
   */
  private static void fail(Holder h, Throwable e) {
    h.failure = e;
    h.on = false;
    if (current == h) {
      current = null;
    }
    CHANGED.signalAll();
  }
}
