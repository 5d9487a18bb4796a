package org.briefkit.report.xlsx;

import java.io.IOException;
import java.util.ServiceLoader;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.io.function.IORunnable;
import org.apache.logging.log4j.spi.Provider;
import org.apache.poi.util.Reproducibility;

/**
 * The two process-wide settings of Apache POI that the workbook depends on, handled so that
 * neither leaks into the embedding application nor races between concurrent writes.
 *
 * <p>Logging: POI logs through the Log4j API, which prints "could not find a logging provider"
 * on standard error when the application has none. Unless the application configures Log4j
 * (a provider on the class path or the {@code log4j.provider} property), the API's own simple
 * provider is selected explicitly: its behaviour is the fallback's, minus the warning.
 *
 * <p>Zip entry times: POI stamps each zip entry with the clock unless its global
 * source-date-epoch flag is on. {@link Reproducibility#runWithSourceDateEpoch} sets and
 * restores that flag around one call, which races when writes overlap (one write restores the
 * flag while another still runs). Here a holder thread keeps the flag on for as long as any
 * workbook write is in progress, and restores it when the last one ends.
 */
final class PoiRuntime {
  private static final String PROVIDER_PROPERTY = "log4j.provider";
  private static final String SIMPLE_PROVIDER =
      "org.apache.logging.log4j.simple.internal.SimpleProvider";

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Condition CHANGED = LOCK.newCondition();
  private static int writers;
  private static boolean holderStarted;
  private static boolean epochOn;

  static {
    quietLogging();
  }

  private PoiRuntime() {}

  /** Makes sure the class is initialised (and logging quiet) before POI is first used. */
  static void init() {
    // The static initialiser does the work.
  }

  private static void quietLogging() {
    try {
      if (System.getProperty(PROVIDER_PROPERTY) != null) {
        return;
      }
      ClassLoader loader = PoiRuntime.class.getClassLoader();
      boolean configured =
          ServiceLoader.load(Provider.class, loader).stream().findAny().isPresent()
              || loader.getResource("META-INF/log4j-provider.properties") != null;
      if (!configured) {
        System.setProperty(PROVIDER_PROPERTY, SIMPLE_PROVIDER);
      }
    } catch (SecurityException | java.util.ServiceConfigurationError e) {
      // Leave logging as it is: a warning on stderr is better than failing to write.
    }
  }

  /** Runs {@code body} with POI's zip entry times fixed, safely alongside other such runs. */
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
      if (!holderStarted) {
        holderStarted = true;
        Thread holder = new Thread(PoiRuntime::hold, "briefkit-xlsx-zip-times");
        holder.setDaemon(true);
        holder.start();
      }
      while (!epochOn) {
        CHANGED.awaitUninterruptibly();
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

  /** Holds the flag on while writers are active; sets and restores it under the lock. */
  private static void hold() {
    LOCK.lock();
    try {
      Reproducibility.runWithSourceDateEpoch(
          () -> {
            epochOn = true;
            CHANGED.signalAll();
            while (writers > 0) {
              CHANGED.awaitUninterruptibly();
            }
            epochOn = false;
          });
    } catch (IOException e) {
      throw new AssertionError("the holder does no I/O", e);
    } finally {
      holderStarted = false;
      LOCK.unlock();
    }
  }
}
