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
import org.briefkit.model.io.Format.Field;
import org.briefkit.model.io.Format.Shape;
import org.junit.jupiter.api.Test;

/** docs/case-file.md says what the code does. */
class FormatReferenceTest {
  private static String doc() throws IOException {
    return Files.readString(SampleFilesTest.repo().resolve("docs/case-file.md"), StandardCharsets.UTF_8);
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

  @Test
  void tables_listEveryKeyOfEveryShape() throws IOException {
    String doc = doc();
    for (Shape shape : Format.SHAPES) {
      String section =
          shape == Format.CASE
              ? doc.substring(doc.indexOf("## Top level"), doc.indexOf("## source"))
              : doc.substring(doc.indexOf("## " + shape.name() + "\n")).split("\n## ")[0];
      for (Field f : shape.fields()) {
        assertThat(section)
            .as(shape.name() + "." + f.name())
            .contains("| `" + f.name() + "` | " + (f.required() ? "yes" : "no") + " |");
      }
    }
  }
}
