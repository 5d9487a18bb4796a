package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java example honest: the example below is compiled with the tests, and
 * the Java block of the README's Embedding section must be exactly that example, no more, no
 * less.
 */
class ReadmeExampleTest {

  static Case example() {
    // README-EXAMPLE-BEGIN
    SourceId article = SourceId.of("article");
    Case aCase =
        Case.builder("madrid-2022", "Why NATO invited Seoul to Madrid")
            .questions("Why was President Yoon invited to the NATO summit?")
            .sources(Source.builder(article, "President Yoon at the Madrid NATO Summit").build())
            .actors(
                Actor.builder(ActorId.of("nato"), "NATO", ActorKind.ALLIANCE).build(),
                Actor.builder(ActorId.of("dprk"), "North Korea", ActorKind.STATE)
                    .localName("조선민주주의인민공화국")
                    .country("KP")
                    .build())
            .stakeholders(
                Stakeholder.builder(StakeholderId.of("nato"), "North Atlantic Treaty Organization")
                    .shortName("NATO")
                    .kind(StakeholderKind.ALLIANCE)
                    .question("Why was President Yoon invited?")
                    .actor(ActorId.of("nato"))
                    .build())
            .motivations(
                Motivation.builder(
                        MotivationId.of("nato-cyber"), StakeholderId.of("nato"), DomainId.of("cyber"))
                    .claim("Deepen cyber-defence cooperation with Seoul")
                    .salience(Salience.PRIMARY)
                    .drivers(ActorId.of("dprk"))
                    .evidence(
                        Evidence.of(
                            article, Locator.paragraph(3), "cyber cooperation is a primary driver",
                            EvidenceKind.ASSESSMENT))
                    .build())
            .judgments(
                KeyJudgment.of(
                    JudgmentId.of("kj1"), "Cyber defence anchors NATO's interest in Seoul.",
                    Confidence.MODERATE, MotivationId.of("nato-cyber")))
            .build();
    // README-EXAMPLE-END
    return aCase;
  }

  @Test
  void example_buildsAValidCase() {
    Case c = example();

    assertThat(c.motivations()).hasSize(1);
    assertThat(c.domains()).isEqualTo(Domain.defaults());
  }

  @Test
  void readme_embeddingSection_showsTheExampleExactly() throws IOException {
    Path root = repositoryRoot();
    String source =
        Files.readString(
            root.resolve("model/src/test/java/org/briefkit/model/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);

    assertThat(javaBlockOf(readme, "## Embedding")).isEqualTo(example(source));
  }

  /**
   * The lines between the markers, without the method's indentation. The markers are spelt in
   * two parts here, so that only the lines that mark the example match them.
   */
  static String example(String source) {
    String begin = "// README-" + "EXAMPLE-BEGIN\n";
    String end = "    // README-" + "EXAMPLE-END\n";
    assertThat(source.indexOf(begin)).as("one begin marker").isEqualTo(source.lastIndexOf(begin)).isNotNegative();
    assertThat(source.indexOf(end)).as("one end marker").isEqualTo(source.lastIndexOf(end)).isNotNegative();
    return source
        .substring(source.indexOf(begin) + begin.length(), source.indexOf(end))
        .lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n"));
  }

  /** The first fenced Java block after {@code heading}, without its fences. */
  static String javaBlockOf(String markdown, String heading) {
    int section = markdown.indexOf("\n" + heading + "\n");
    assertThat(section).as("heading %s", heading).isNotNegative();
    String open = "\n```java\n";
    int start = markdown.indexOf(open, section);
    assertThat(start).as("a Java block under %s", heading).isNotNegative();
    start += open.length();
    int close = markdown.indexOf("\n```\n", start);
    assertThat(close).as("the end of the Java block under %s", heading).isNotNegative();
    return markdown.substring(start, close);
  }

  static Path repositoryRoot() {
    String configured = System.getProperty("briefkit.repo");
    Path dir = Paths.get(configured != null ? configured : "").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root with README.md").isNotNull();
    return dir;
  }
}
