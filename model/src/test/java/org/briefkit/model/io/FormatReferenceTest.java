package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefkit.model.Case;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.junit.jupiter.api.Test;

/** docs/case-file.md says what the code does. */
class FormatReferenceTest {
  private static Path docFile() {
    return SampleFilesTest.repo().resolve("docs/case-file.md");
  }

  private static String doc() throws IOException {
    return Files.readString(docFile(), StandardCharsets.UTF_8);
  }

  private static List<String> blocks(String text, String language) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void example_loadsAndValidates() throws IOException {
    String example = blocks(doc(), "yaml").get(0);

    Case c = CaseFiles.parse(example, "example.yaml");

    assertThat(c.motivations()).hasSize(1);
    assertThat(CaseSchemaTest.schemaErrors(example)).isEmpty();
  }

  @Test
  void errorExamples_areMessagesTheReaderGives() throws IOException {
    List<String> expected = new ArrayList<>();
    try (Stream<Path> files = Files.list(MalformedFilesTest.directory())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".expected")).toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          expected.add(line.replaceFirst("^[^:]+:[0-9]+:[0-9]+: ", ""));
        }
      }
    }
    List<String> documented =
        blocks(doc(), "text").get(1).lines().map(l -> l.replaceFirst("^[^:]+:[0-9]+:[0-9]+: ", "")).toList();

    assertThat(documented).isNotEmpty();
    assertThat(expected).containsAll(documented);
  }

  /**
   * The tables of every entity's fields are made from the format's declaration. After a change
   * to the declaration, regenerate them with {@code mvn -B -pl model -am verify
   * -Dtest=FormatReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dbriefkit.updateDocs=true}.
   */
  @Test
  void tables_followTheDeclaration() throws IOException {
    String doc = doc();
    String expected = FormatReference.withTables(doc);

    if (Boolean.getBoolean("briefkit.updateDocs")) {
      Files.writeString(docFile(), expected, StandardCharsets.UTF_8);
      return;
    }
    assertThat(doc).isEqualTo(expected);
  }

  @Test
  void tables_everyEntityHasOne() throws IOException {
    String doc = doc();
    for (Entity<?, ?> e : CaseFormat.ALL) {
      assertThat(doc).as(e.name()).contains(FormatReference.begin(e));
    }
  }
}
