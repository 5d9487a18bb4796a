package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each malformed case file under {@code malformed/} yields exactly the problems listed in the
 * {@code .expected} file beside it, one {@code file:line:column: message} per line.
 *
 * <p>To regenerate the expectations after a deliberate change of messages, run {@code mvn -pl
 * model verify -Dtest=MalformedFilesTest -Dbriefkit.regenerate=true}, then review the diff of
 * every {@code .expected} file by hand before committing it.
 */
class MalformedFilesTest {
  private static final String DIR = "malformed";

  static Path directory() {
    try {
      return Path.of(MalformedFilesTest.class.getResource(DIR).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> files() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String expectedName(String file) {
    return file.substring(0, file.lastIndexOf('.')) + ".expected";
  }

  @Test
  void corpus_hasAtLeastThirtyFilesEachWithExpectations() {
    List<String> files = files().toList();

    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    assertThat(files).allSatisfy(f -> assertThat(directory().resolve(expectedName(f))).exists());
  }

  @ParameterizedTest
  @MethodSource("files")
  void malformedFile_yieldsTheExpectedProblems(String file) throws IOException {
    CaseFileException e;
    try (InputStream in = Files.newInputStream(directory().resolve(file))) {
      e = catchThrowableOfType(CaseFileException.class, () -> CaseReader.standard().read(in, file));
    }
    assertThat(e).as("%s must be refused", file).isNotNull();
    String actual = String.join("\n", e.problems().stream().map(CaseFileProblem::toString).toList()) + "\n";

    if (Boolean.getBoolean("briefkit.regenerate")) {
      Path source =
          SampleFilesTest.repo()
              .resolve("model/src/test/resources/org/briefkit/model/io/" + DIR)
              .resolve(expectedName(file));
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(directory().resolve(expectedName(file)), StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
    assertThat(e.getMessage() + "\n").isEqualTo(expected);
  }
}
