package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What counts as a change: each test makes a save that must not count (or must count once),
 * then changes another file, and checks that the first change reported is that file alone.
 */
class FileChangesTest {
  @TempDir Path dir;
  private Path a;
  private Path b;

  @BeforeEach
  void twoFiles() throws Exception {
    a = Files.writeString(dir.resolve("a.yaml"), "id: a\n");
    b = Files.writeString(dir.resolve("b.txt"), "text\n");
  }

  @Test
  void awaitChanges_sameBytesSavedAgainOrTouched_isNoChange() throws Exception {
    try (FileChanges changes = FileChanges.open()) {
      changes.watch(List.of(a, b));
      CompletableFuture<Set<Path>> first = next(changes);

      Files.writeString(a, "id: a\n");
      Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
      Files.writeString(b, "text, changed\n");

      assertThat(first.get(60, TimeUnit.SECONDS)).containsExactly(b);
    }
  }

  /**
   * A second save within one tick of the file system's clock, of the same size: the metadata
   * are as they were (the time set back stands for a clock of one-second ticks), the bytes not.
   */
  @Test
  void awaitChanges_sameSizeSavedInTheSameClockTick_isAChange() throws Exception {
    FileTime written = Files.getLastModifiedTime(a);
    try (FileChanges changes = FileChanges.open()) {
      changes.watch(List.of(a, b));
      CompletableFuture<Set<Path>> first = next(changes);

      Files.writeString(a, "id: b\n");
      Files.setLastModifiedTime(a, written);

      assertThat(first.get(60, TimeUnit.SECONDS)).containsExactly(a);
    }
  }

  @Test
  void awaitChanges_writtenInTwoSteps_isOneChange() throws Exception {
    try (FileChanges changes = FileChanges.open()) {
      changes.watch(List.of(a, b));
      CompletableFuture<Set<Path>> first = next(changes);

      Files.writeString(a, ""); // truncated, as an editor saving in place does first
      Files.writeString(a, "id: a2\n");

      assertThat(first.get(60, TimeUnit.SECONDS)).containsExactly(a);
      assertNothingMoreThanAChangeOfB(changes);
    }
  }

  @Test
  void awaitChanges_fileGoneForAMoment_isOneChangeWhenItIsBack() throws Exception {
    try (FileChanges changes = FileChanges.open()) {
      changes.watch(List.of(a, b));
      CompletableFuture<Set<Path>> first = next(changes);

      Files.move(a, dir.resolve("a.yaml~")); // vim's backup, then the new file
      Thread.sleep(100);
      Files.writeString(a, "id: a2\n");

      assertThat(first.get(60, TimeUnit.SECONDS)).containsExactly(a);
      assertNothingMoreThanAChangeOfB(changes);
    }
  }

  @Test
  void awaitChanges_fileGoneForGood_isAChange() throws Exception {
    try (FileChanges changes = FileChanges.open()) {
      changes.watch(List.of(a, b));
      CompletableFuture<Set<Path>> first = next(changes);

      Files.delete(a);

      assertThat(first.get(60, TimeUnit.SECONDS)).containsExactly(a);
    }
  }

  /** That {@code a}'s change was reported once: the next change is {@code b}'s alone. */
  private void assertNothingMoreThanAChangeOfB(FileChanges changes) throws Exception {
    CompletableFuture<Set<Path>> second = next(changes);
    Files.writeString(b, "text, changed\n");
    assertThat(second.get(60, TimeUnit.SECONDS)).containsExactly(b);
  }

  /** The next changes, awaited in another thread. */
  private static CompletableFuture<Set<Path>> next(FileChanges changes) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return changes.awaitChanges();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
