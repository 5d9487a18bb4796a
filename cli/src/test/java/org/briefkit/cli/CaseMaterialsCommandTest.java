package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefkit.cli.MainTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code validate} and {@code render} do with the files a case names: the sources' texts
 * and the previous version, read from the case's folder by the folder rule.
 */
class CaseMaterialsCommandTest {
  private static final Path REPO = MainTest.repositoryRoot();

  @TempDir Path dir;
  private Path folder;
  private Path calder;

  /** The fictional sample with its texts, datasets and previous version, copied into {@code case/}. */
  @BeforeEach
  void copySample() throws IOException {
    folder = Files.createDirectories(dir.resolve("case"));
    Path fictional = REPO.resolve("samples/fictional");
    calder = Files.copy(fictional.resolve("calder-strait.yaml"), folder.resolve("calder-strait.yaml"));
    Files.copy(fictional.resolve("calder-strait-v1.yaml"), folder.resolve("calder-strait-v1.yaml"));
    for (String sub : new String[] {"texts", "data"}) {
      Files.createDirectories(folder.resolve(sub));
      try (Stream<Path> files = Files.list(fictional.resolve(sub))) {
        for (Path t : files.toList()) {
          Files.copy(t, folder.resolve(sub).resolve(t.getFileName()));
        }
      }
    }
  }

  private void edit(String from, String to) throws IOException {
    String text = Files.readString(calder, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(calder, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void sample_withItsTextsAndPreviousVersion_validatesStrict() {
    Run r = MainTest.run("validate", "--strict", calder.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void textLeadingOutOfTheFolder_isAnErrorAtTextFile_andNothingIsWritten() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "Private notes.\n", StandardCharsets.UTF_8);
    edit("textFile: texts/sitrep-7.txt", "textFile: ../notes.txt");
    Path out = dir.resolve("out");

    Run r = MainTest.run("render", "-o", out.toString(), calder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            calder + ":90:15: \"../notes.txt\" leads out of the case's folder, " + folder
                + ", to " + dir.resolve("notes.txt")
                + ": keep the file inside, or allow the folder it is in with --allow-root DIR");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void allowRoot_letsTheTextLieInAnotherFolder() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.move(folder.resolve("texts/sitrep-7.txt"), shared.resolve("sitrep-7.txt"));
    edit("textFile: texts/sitrep-7.txt", "textFile: ../shared/sitrep-7.txt");

    Run refused = MainTest.run("validate", calder.toString());
    Run allowed = MainTest.run("validate", "--strict", "--allow-root", shared.toString(), calder.toString());

    assertThat(refused.code()).isEqualTo(2);
    assertThat(allowed.code()).as(allowed.err()).isZero();
    assertThat(allowed.err()).isEmpty();
  }

  @Test
  void symbolicLinkOutOfTheFolder_isRefused() throws IOException {
    Path outside = Files.writeString(dir.resolve("outside.txt"), "1. Elsewhere.\n", StandardCharsets.UTF_8);
    Files.delete(folder.resolve("texts/sitrep-7.txt"));
    Files.createSymbolicLink(folder.resolve("texts/sitrep-7.txt"), outside);

    Run r = MainTest.run("validate", calder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(calder + ":90:15: \"texts/sitrep-7.txt\" is a symbolic link to " + outside)
        .contains("allow the folder it leads to with --allow-root DIR");
  }

  @Test
  void textOverTheLimit_namesTheOption_andTheOptionRaisesIt() {
    Run small = MainTest.run("validate", "--max-text-size", "4KiB", calder.toString());
    Run large = MainTest.run("validate", "--strict", "--max-text-size", "1MiB", calder.toString());
    Run bad = MainTest.run("validate", "--max-text-size", "lots", calder.toString());

    assertThat(small.code()).isEqualTo(2);
    assertThat(small.err())
        .contains(calder + ":90:15: \"texts/sitrep-7.txt\" is 9326 bytes (9.1 KiB), over the limit of 4 KiB"
            + " (4096 bytes): cut it to the parts the case cites, or raise the limit with --max-text-size");
    assertThat(large.code()).as(large.err()).isZero();
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--max-text-size lots: must be a size such as 20MiB, 500KiB or 1048576 (bytes)");
  }

  @Test
  void binaryText_isRefused() throws IOException {
    Files.write(folder.resolve("texts/sitrep-7.txt"), new byte[] {'a', 0, 'b'});

    Run r = MainTest.run("validate", calder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(calder + ":90:15: \"texts/sitrep-7.txt\"").contains("NUL");
  }

  @Test
  void missingTextsAndPreviousVersion_areWarnings_andStrictFails() throws IOException {
    Files.delete(folder.resolve("texts/white-paper-2040.md"));
    Files.delete(folder.resolve("calder-strait-v1.yaml"));

    Run r = MainTest.run("validate", calder.toString());
    Run strict = MainTest.run("validate", "--strict", calder.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().toList())
        .containsExactly(
            calder + ":57:11: warning: [previous-version-missing] the previous version is missing: there is"
                + " no file \"calder-strait-v1.yaml\" in the case's folder, " + folder + "; the brief cannot"
                + " say what changed, nor check that changed judgments give a changeReason",
            calder + ":99:15: warning: [source-text-missing] the text of source white-paper is missing:"
                + " there is no file \"texts/white-paper-2040.md\" in the case's folder, " + folder
                + "; its 8 citations go unchecked");
    assertThat(strict.code()).isEqualTo(2);
  }

  @Test
  void previousVersionWithProblems_isAnError_withItsOwnProblems() throws IOException {
    Path v1 = folder.resolve("calder-strait-v1.yaml");
    Files.writeString(
        v1, Files.readString(v1, StandardCharsets.UTF_8).replace("confidence: moderate", "confidence: middling"),
        StandardCharsets.UTF_8);

    Run r = MainTest.run("validate", calder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(calder + ":57:11: the previous version calder-strait-v1.yaml cannot be read; its problems follow")
        .contains("calder-strait-v1.yaml:")
        .contains("middling");
  }

  @Test
  void changedJudgmentWithoutReason_warns_whenTheCommandReadsThePreviousVersion() throws IOException {
    String text = Files.readString(calder, StandardCharsets.UTF_8);
    int at = text.indexOf("  - id: kj-partnership-survives");
    int reason = text.indexOf("    changeReason: >-\n", at);
    int end = text.indexOf("\n\n", reason); // the reason is the judgment's last field, the last judgment's
    Files.writeString(calder, text.substring(0, reason) + text.substring(end + 1), StandardCharsets.UTF_8);

    Run r = MainTest.run("validate", calder.toString());
    Run strict = MainTest.run("validate", "--strict", calder.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList())
        .containsExactly(
            calder + ":794:17: warning: [change-without-reason] confidence changed from high to moderate"
                + " since the previous version, but the judgment gives no changeReason: say what moved it");
    assertThat(strict.code()).isEqualTo(2);
  }
}
