package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' tradecraft: the flagship and the fictional case pass every rule, even under
 * {@code --strict}; the fictional companion fires every rule, exactly as docs/tradecraft.md
 * quotes it, but {@code previous-version-missing}, which it cannot fire alongside {@code
 * change-without-reason}: that one fires when the companion's workbook is checked away from the
 * companion's folder.
 */
class TradecraftSamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final String COMPANION = "samples/fictional/calder-strait-tradecraft.yaml";

  @TempDir Path temp;

  @Test
  void samples_passEveryRule_evenStrict() {
    for (String sample : List.of("madrid-2022/korea-nato.yaml", "fictional/calder-strait.yaml")) {
      Run r = MainTest.run("validate", "--strict", SAMPLES.resolve(sample).toString());

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).as(sample).isEmpty();
    }
  }

  @Test
  void companion_firesEveryRule_asTheDocsQuoteIt() throws IOException {
    Path companion = Path.of("..").resolve(COMPANION);
    List<String> documented =
        Files.readAllLines(Path.of("..", "docs", "tradecraft.md"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith(COMPANION + ":"))
            .map(l -> "../" + l.replace("case's folder, samples/", "case's folder, ../samples/"))
            .toList();

    Run r = MainTest.run("validate", companion.toString());
    Run strict = MainTest.run("validate", "--strict", companion.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList()).isEqualTo(documented);
    Set<String> fired = new TreeSet<>();
    Matcher m = Pattern.compile("warning: \\[([a-z-]+)\\]").matcher(r.err());
    while (m.find()) {
      fired.add(m.group(1));
    }
    Set<String> all = new TreeSet<>(Tradecraft.ids());
    all.remove("previous-version-missing");
    assertThat(fired).isEqualTo(all);
    assertThat(strict.code()).isEqualTo(2);
  }

  @Test
  void companionWorkbook_awayFromItsFolder_missesItsPreviousVersion_asTheDocsQuoteIt() throws IOException {
    Path out = temp.resolve("out");
    Run render = MainTest.run("render", "--format", "xlsx", "-o", out.toString(), Path.of("..").resolve(COMPANION).toString());
    assertThat(render.code()).as(render.err()).isZero();
    String docs = Files.readString(Path.of("..", "docs", "tradecraft.md"), StandardCharsets.UTF_8);
    String quoted =
        docs.lines().filter(l -> l.contains("[previous-version-missing] the previous version is missing"))
            .findFirst().orElseThrow();

    Run r = MainTest.run("validate", out.resolve("calder-strait-2040-tradecraft.xlsx").toString());

    assertThat(r.err().lines().filter(l -> l.contains("[previous-version-missing]")).toList())
        .containsExactly(quoted.replace("out/", out + "/").replace("case's folder, out;", "case's folder, " + out + ";"));
  }
}
