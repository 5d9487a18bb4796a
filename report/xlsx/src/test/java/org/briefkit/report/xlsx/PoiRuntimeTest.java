package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.function.IOConsumer;
import org.apache.commons.io.function.IORunnable;
import org.apache.poi.util.Reproducibility;
import org.junit.jupiter.api.Test;

class PoiRuntimeTest {
  /**
   * Entering the section with fixed zip times fails while three writers wait for it: each of
   * them gets the failure (none waits forever), and the next write enters as usual.
   */
  @Test
  void withFixedZipTimes_enteringFails_everyWaitingWriterFails_andTheNextWriteWorks() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    IOConsumer<IORunnable> real = PoiRuntime.section;
    PoiRuntime.section = body -> {
      Uninterruptibles.awaitUninterruptibly(release);
      throw new IOException("simulated: the switch cannot be set");
    };
    List<Thread> writers = new ArrayList<>();
    List<AtomicReference<Throwable>> failures = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
          try {
            PoiRuntime.withFixedZipTimes(() -> {});
          } catch (Throwable e) {
            failure.set(e);
          }
        }, "writer-" + i);
        t.setDaemon(true);
        t.start();
        writers.add(t);
        failures.add(failure);
      }
      awaitAllWaiting(writers);
      release.countDown();
      for (Thread t : writers) {
        t.join(TimeUnit.SECONDS.toMillis(20));
      }
    } finally {
      PoiRuntime.section = real;
    }

    assertThat(writers).as("writers still waiting").noneMatch(Thread::isAlive);
    assertThat(failures)
        .allSatisfy(f -> assertThat(f.get())
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("cannot fix the workbook's zip entry times")
            .hasRootCauseMessage("simulated: the switch cannot be set"));
    AtomicBoolean fixed = new AtomicBoolean();
    PoiRuntime.withFixedZipTimes(() -> fixed.set(Reproducibility.isSourceDateEpoch()));
    assertThat(fixed).isTrue();
  }

  /**
   * The library changes no JVM-wide property (such as {@code log4j.provider}) when it writes a
   * workbook: checked in a fresh JVM, since this one may have written workbooks already.
   */
  @Test
  void write_inAFreshJvm_leavesTheSystemPropertiesAsTheyWere() throws Exception {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"),
        GlobalStateMain.class.getName());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String changed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(changed).as("system properties set by writing a workbook").isEmpty();
  }

  private static void awaitAllWaiting(List<Thread> threads) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
      assertThat(System.nanoTime()).as("writers waiting").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
