package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.Case;
import org.briefkit.model.SourceId;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.model.io.CaseFolderException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the texts a case names, from a real case folder with real files and links. */
class SourceTextsTest {
  @TempDir Path tmp;
  private Path dir;
  private Path outside;

  @BeforeEach
  void folders() throws IOException {
    Path root = tmp.toRealPath();
    dir = Files.createDirectories(root.resolve("case/texts")).getParent();
    outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(dir.resolve("texts/sitrep.txt"), ProvenanceCases.SITREP, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("texts/notes.md"), "# Notes\n\nA *note*.\n", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("secret.txt"), "Not the case's.\n", StandardCharsets.UTF_8);
  }

  /** A case whose sources s0, s1... name the text files {@code files}, in order. */
  private static Case naming(String... files) throws IOException {
    StringBuilder yaml = new StringBuilder("id: t\ntitle: T\nsources:\n");
    for (int i = 0; i < files.length; i++) {
      yaml.append("  - id: s").append(i).append("\n    title: S").append(i).append("\n    textFile: ").append(files[i]).append('\n');
    }
    yaml.append("  - id: plain\n    title: No text\n");
    return CaseFiles.parse(yaml.toString(), "t.yaml");
  }

  @Test
  void load_readsAndParsesEveryTextNamed() throws IOException {
    SourceTexts t = SourceTexts.load(naming("texts/sitrep.txt", "texts/notes.md"), CaseFolder.of(dir));

    assertThat(t.problems()).isEmpty();
    assertThat(t.sources()).extracting(SourceId::value).containsExactly("s0", "s1");
    assertThat(t.text(SourceId.of("s0")).orElseThrow().paragraphs()).hasSize(4);
    assertThat(t.text(SourceId.of("s1")).orElseThrow().paragraphs()).extracting(TextBlock::text).containsExactly("A note.");
    assertThat(t.text(SourceId.of("plain"))).isEmpty();
    assertThat(t.missing(SourceId.of("plain"))).isEmpty();
  }

  @Test
  void load_missingFile_isRemembered_notAProblem() throws IOException {
    SourceTexts t = SourceTexts.load(naming("texts/none.txt"), CaseFolder.of(dir));

    assertThat(t.problems()).isEmpty();
    assertThat(t.text(SourceId.of("s0"))).isEmpty();
    assertThat(t.missing(SourceId.of("s0"))).contains("there is no file \"texts/none.txt\" in the case's folder, " + dir);
  }

  @Test
  void load_refusedFiles_areProblemsAtTheirTextFile() throws IOException {
    Files.createSymbolicLink(dir.resolve("texts/link.txt"), outside.resolve("secret.txt"));
    Files.write(dir.resolve("texts/scan.txt"), new byte[] {'a', 0, 'b'});
    Files.write(dir.resolve("texts/latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("texts/huge.txt").toFile(), "rw")) {
      f.setLength(64L * 1024 * 1024);
    }
    Case c =
        naming("../outside/secret.txt", "texts/link.txt", "texts/scan.txt", "texts/latin1.txt", "texts/huge.txt", "texts",
            "texts/sitrep.txt");

    SourceTexts t = SourceTexts.load(c, CaseFolder.of(dir));

    assertThat(t.problems())
        .extracting(SourceTextProblem::source, SourceTextProblem::pointer, SourceTextProblem::reason)
        .containsExactly(
            tuple(SourceId.of("s0"), "/sources/0/textFile", Reason.OUTSIDE),
            tuple(SourceId.of("s1"), "/sources/1/textFile", Reason.LINK_OUTSIDE),
            tuple(SourceId.of("s2"), "/sources/2/textFile", Reason.BINARY),
            tuple(SourceId.of("s3"), "/sources/3/textFile", Reason.NOT_UTF8),
            tuple(SourceId.of("s4"), "/sources/4/textFile", Reason.TOO_LARGE),
            tuple(SourceId.of("s5"), "/sources/5/textFile", Reason.NOT_A_FILE));
    assertThat(t.problems().get(2).message())
        .isEqualTo("\"texts/scan.txt\" is binary, not text (a NUL byte at byte offset 1): give a plain-text, Markdown"
            + " or HTML copy (pdftotext makes one of a PDF)");
    assertThat(t.sources()).extracting(SourceId::value).containsExactly("s6");
  }

  @Test
  void load_anotherRootAllowed_readsFromIt() throws IOException {
    SourceTexts t = SourceTexts.load(naming("../outside/secret.txt"), CaseFolder.of(dir).allowing(outside));

    assertThat(t.problems()).isEmpty();
    assertThat(t.text(SourceId.of("s0")).orElseThrow().paragraphs()).extracting(TextBlock::text)
        .containsExactly("Not the case's.");
  }

  @Test
  void builder_laterPutOrMissing_replacesTheEarlier() {
    SourceId s = SourceId.of("s");
    SourceTexts t =
        SourceTexts.builder().missing(s, "gone").put(s, org.briefkit.model.TextCopy.of("s.txt"), "Text.").build();

    assertThat(t.missing(s)).isEmpty();
    assertThat(t.text(s)).isPresent();
    assertThat(SourceTexts.none().sources()).isEmpty();
  }
}
