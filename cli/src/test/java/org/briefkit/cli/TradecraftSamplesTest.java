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
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.briefkit.cli.MainTest.Run;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * The samples' tradecraft: the flagship and the fictional case pass every rule, even under
 * {@code --strict}; the fictional companion fires every rule, exactly as docs/tradecraft.md
 * quotes it. {@code validate} fires all but the rules that compare a case with its previous
 * version, which it does not read: those fire when the companion is checked with its previous
 * version ({@code previous: calder-strait.yaml}), as an analysis given that version checks it.
 */
class TradecraftSamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final String COMPANION = "samples/fictional/calder-strait-tradecraft.yaml";

  /**
   * The rules that check citations against the sources' texts: they fire only when the texts
   * are read, which the command does not do yet (the companion names no text file).
   */
  private static final Set<String> READ_TEXTS = Set.of("source-text-missing", "locator-not-found", "quote-not-found");

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
            .map(l -> "../" + l)
            .toList();

    Run r = MainTest.run("validate", companion.toString());
    Run strict = MainTest.run("validate", "--strict", companion.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList()).isEqualTo(documented);
    List<String> versions = withPreviousVersion(companion);
    Set<String> fired = new TreeSet<>();
    Matcher m = Pattern.compile("warning: \\[([a-z-]+)\\]").matcher(r.err() + String.join("\n", versions));
    while (m.find()) {
      fired.add(m.group(1));
    }
    Set<String> caseAlone = new TreeSet<>(Tradecraft.ids());
    caseAlone.removeAll(READ_TEXTS);
    assertThat(fired).isEqualTo(caseAlone);
    assertThat(strict.code()).isEqualTo(2);
  }

  @Test
  void companion_withItsPreviousVersion_firesTheRulesThatCompareVersions_asTheDocsQuoteThem() throws IOException {
    Path companion = Path.of("..").resolve(COMPANION);
    String docs = Files.readString(Path.of("..", "docs", "tradecraft.md"), StandardCharsets.UTF_8);

    List<String> versions = withPreviousVersion(companion);

    assertThat(versions)
        .containsExactly(
            "calder-strait-tradecraft.yaml:718:17: warning: [change-without-reason] likelihood changed from"
                + " very-unlikely to unlikely since the previous version, but the judgment gives no"
                + " changeReason: say what moved it");
    assertThat(docs.lines()).containsAll(versions);
  }

  /**
   * The warnings about {@code companion} checked with its previous version that {@code validate}
   * does not give, named by the file's name alone as the rules' sections of the docs quote them.
   */
  private static List<String> withPreviousVersion(Path companion) throws IOException {
    LocatedCase c = CaseFiles.readLocated(companion);
    Case previous = CaseFiles.read(companion.resolveSibling(c.value().previous().orElseThrow()));
    Set<String> alone = new TreeSet<>(Tradecraft.check(c.value()).stream().map(w -> w.format(c.locator())).toList());
    String name = companion.getFileName().toString();
    return Tradecraft.check(c.value(), CaseMaterials.builder().previous(previous).build()).stream()
        .map(w -> w.format(c.locator()))
        .filter(w -> !alone.contains(w))
        .map(w -> w.substring(w.indexOf(name + ":")))
        .toList();
  }
}
