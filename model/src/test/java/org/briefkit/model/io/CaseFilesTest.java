package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {
  @TempDir Path dir;

  @Test
  void write_removesTheTargetsStaleTemporaryFiles_keepsRecentOnes() throws IOException {
    Case c = CaseFiles.parse(CaseReaderTest.resource("valid/minimal.yaml"), "minimal.yaml");
    Path stale = Files.writeString(dir.resolve(".case.yaml.123.tmp"), "left by a killed write", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE).minus(Duration.ofMinutes(5))));
    Files.writeString(dir.resolve(".case.yaml.456.tmp"), "a write under way", StandardCharsets.UTF_8);

    CaseFiles.write(c, dir.resolve("case.yaml"));

    assertThat(listing()).containsExactly(".case.yaml.456.tmp", "case.yaml");
    assertThat(CaseFiles.read(dir.resolve("case.yaml"))).isEqualTo(c);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
