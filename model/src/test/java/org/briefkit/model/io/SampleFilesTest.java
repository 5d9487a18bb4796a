package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample case file under {@code samples/} passes the schema, loads, and survives a round trip. */
class SampleFilesTest {
  /** The repository root: the {@code briefkit.repo} property, or the nearest parent with samples. */
  static Path repo() {
    String property = System.getProperty("briefkit.repo");
    if (property != null && Files.isDirectory(Path.of(property, "samples"))) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no samples directory above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static Stream<Path> samples() {
    try (Stream<Path> files = Files.walk(repo().resolve("samples"))) {
      List<Path> yaml =
          files
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(p -> !repo().resolve("samples").relativize(p).startsWith("target"))
              .filter(p -> !repo().resolve("samples").relativize(p).startsWith("src"))
              .sorted()
              .toList();
      return yaml.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void samples_includeTheFlagshipAndAFictionalCase() {
    assertThat(samples().map(p -> repo().relativize(p).toString().replace('\\', '/')))
        .contains("samples/madrid-2022/korea-nato.yaml")
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sample_validatesAgainstTheSchema(Path file) throws IOException {
    assertThat(CaseSchemaTest.schemaErrors(Files.readString(file, StandardCharsets.UTF_8))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sample_loadsWithoutProblemsAndReadsBackEqual(Path file) throws IOException {
    Case c = CaseFiles.read(file);

    assertThat(CaseFiles.parse(CaseWriter.toYaml(c), "written.yaml")).isEqualTo(c);
  }
}
