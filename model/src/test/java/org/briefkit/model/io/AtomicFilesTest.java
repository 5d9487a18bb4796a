package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void write_newFile_hasContentAndReadablePermissions() throws IOException {
    Path target = dir.resolve("brief.pdf");

    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    assertThat(listing()).containsExactly("brief.pdf");
  }

  @Test
  void write_failingMidway_leavesTargetUntouchedAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("brief.pdf"), "old", StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(target).hasContent("old");
    assertThat(listing()).containsExactly("brief.pdf");
  }

  @Test
  void write_runtimeFailure_alsoCleansUp() throws IOException {
    Path target = dir.resolve("brief.pdf");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
          throw new IllegalStateException("boom");
        }))
        .hasMessage("boom");

    assertThat(listing()).isEmpty();
  }

  @Test
  void write_existingFile_keepsItsPermissions() throws IOException {
    Path target = Files.writeString(dir.resolve("brief.pdf"), "old", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(target).hasContent("x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
  }

  private java.util.List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
