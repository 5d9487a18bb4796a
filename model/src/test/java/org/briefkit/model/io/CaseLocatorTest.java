package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.CaseLocator;
import org.briefkit.model.LocatedCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The places a case file's locator gives: a JSON Pointer to the value, and a character offset
 * within a text value to the line and column (in code points) where that character was written,
 * whatever the scalar's style.
 */
class CaseLocatorTest {
  @TempDir Path dir;

  private static CaseLocator locator(String yaml) throws CaseFileException {
    return CaseFiles.parseLocated(yaml, "t.yaml").locator();
  }

  /** Where {@code word} of the value at {@code pointer} was written. */
  private static String wordAt(String yaml, String pointer, String word) throws CaseFileException {
    LocatedCase c = CaseFiles.parseLocated(yaml, "t.yaml");
    String value = textAt(c, pointer);
    int offset = value.indexOf(word);
    assertThat(offset).as("%s in %s", word, value).isNotNegative();
    return c.locator().locate(pointer, offset);
  }

  private static String textAt(LocatedCase c, String pointer) {
    return switch (pointer) {
      case "/title" -> c.value().title();
      case "/subtitle" -> c.value().subtitle().orElseThrow();
      case "/summary" -> c.value().summary();
      case "/questions/0" -> c.value().questions().get(0);
      case "/questions/1" -> c.value().questions().get(1);
      case "/authors/1" -> c.value().authors().get(1);
      default -> throw new AssertionError(pointer);
    };
  }

  @Test
  void locate_plainScalar_isColumnPlusOffset() throws CaseFileException {
    String yaml = "id: t\ntitle: The likely outcome\n";

    assertThat(locator(yaml).locate("/title", 4)).isEqualTo("t.yaml:2:12");
    assertThat(locator(yaml).locate("/title", 3)).isEqualTo("t.yaml:2:11");
    assertThat(locator(yaml).locate("/title")).isEqualTo("t.yaml:2:8");
  }

  @Test
  void locate_singleQuoted_skipsTheQuoteAndCountsDoubledQuotesOnce() throws CaseFileException {
    String yaml = "id: t\ntitle: 'it''s likely'\n";

    assertThat(wordAt(yaml, "/title", "likely")).isEqualTo("t.yaml:2:15");
    assertThat(locator(yaml).locate("/title", 0)).isEqualTo("t.yaml:2:9");
  }

  @Test
  void locate_doubleQuoted_readsEscapes() throws CaseFileException {
    String yaml = "id: t\ntitle: \"caf\\u00e9 \\\"likely\\\"\"\n";

    assertThat(CaseFiles.parse(yaml, "t.yaml").title()).isEqualTo("café \"likely\"");
    assertThat(wordAt(yaml, "/title", "likely")).isEqualTo("t.yaml:2:21");
    assertThat(wordAt(yaml, "/title", "\"")).isEqualTo("t.yaml:2:19");
  }

  @Test
  void locate_charactersOutsideTheBmp_countOneColumn() throws CaseFileException {
    String yaml = "id: t\nsubtitle: \"😀 \\U0001F600 🎉\"\ntitle: 😀😀 likely\n";

    // The emoji are two chars each in the value, one column each in the file, and those of the
    // line before must not shift the title's place.
    assertThat(wordAt(yaml, "/title", "likely")).isEqualTo("t.yaml:3:11");
    assertThat(locator(yaml).locate("/title", 2)).isEqualTo("t.yaml:3:9");
    assertThat(locator(yaml).locate("/subtitle", 3)).isEqualTo("t.yaml:2:14");
    assertThat(locator(yaml).locate("/subtitle", 6)).isEqualTo("t.yaml:2:25");
  }

  @Test
  void locate_foldedBlock_placesWordsOnTheirLines() throws CaseFileException {
    String yaml = "id: t\ntitle: x\nsummary: >-\n  The outcome is\n  likely, we judge.\n";

    assertThat(CaseFiles.parse(yaml, "t.yaml").summary()).isEqualTo("The outcome is likely, we judge.");
    assertThat(wordAt(yaml, "/summary", "likely")).isEqualTo("t.yaml:5:3");
    assertThat(wordAt(yaml, "/summary", "judge")).isEqualTo("t.yaml:5:14");
    assertThat(locator(yaml).locate("/summary", 0)).isEqualTo("t.yaml:4:3");
  }

  @Test
  void locate_foldedBlockWithHeaderCommentAndEmptyLines_placesWords() throws CaseFileException {
    String yaml = "id: t\ntitle: x\nsummary: > # the context\n    First.\n\n    Then it is likely.\n";

    assertThat(CaseFiles.parse(yaml, "t.yaml").summary()).isEqualTo("First.\nThen it is likely.\n");
    assertThat(wordAt(yaml, "/summary", "likely")).isEqualTo("t.yaml:6:16");
  }

  @Test
  void locate_literalBlock_keepsIndentationAndLines() throws CaseFileException {
    String yaml = "id: t\ntitle: x\nsummary: |\n  First line\n    indented likely\n";

    assertThat(CaseFiles.parse(yaml, "t.yaml").summary()).isEqualTo("First line\n  indented likely\n");
    assertThat(wordAt(yaml, "/summary", "likely")).isEqualTo("t.yaml:5:14");
    assertThat(wordAt(yaml, "/summary", "line")).isEqualTo("t.yaml:4:9");
  }

  @Test
  void locate_multiLinePlain_followsTheFold() throws CaseFileException {
    String yaml = "id: t\ntitle: A long\n  title that is likely\n";

    assertThat(CaseFiles.parse(yaml, "t.yaml").title()).isEqualTo("A long title that is likely");
    assertThat(wordAt(yaml, "/title", "likely")).isEqualTo("t.yaml:3:17");
  }

  @Test
  void locate_multiLineQuoted_followsFoldsAndEscapedBreaks() throws CaseFileException {
    String yaml =
        "id: t\ntitle: \"A long \\\n  title, likely\"\nsubtitle: 'one\n\n  two  likely'\n";

    assertThat(CaseFiles.parse(yaml, "t.yaml").title()).isEqualTo("A long title, likely");
    assertThat(wordAt(yaml, "/title", "likely")).isEqualTo("t.yaml:3:10");
    assertThat(CaseFiles.parse(yaml, "t.yaml").subtitle()).contains("one\ntwo  likely");
    assertThat(wordAt(yaml, "/subtitle", "likely")).isEqualTo("t.yaml:6:8");
  }

  @Test
  void locate_windowsLineBreaks_countLinesOnce() throws CaseFileException {
    String yaml = "id: t\r\ntitle: x\r\nsummary: >-\r\n  The outcome is\r\n  likely.\r\n";

    assertThat(wordAt(yaml, "/summary", "likely")).isEqualTo("t.yaml:5:3");
  }

  @Test
  void locate_listItems_inBlockAndFlowLists() throws CaseFileException {
    String yaml = "id: t\ntitle: x\nauthors: [A. Analyst, \"B. likely\"]\nquestions:\n  - Why?\n  - Is it likely?\n";

    assertThat(wordAt(yaml, "/authors/1", "likely")).isEqualTo("t.yaml:3:27");
    assertThat(wordAt(yaml, "/questions/1", "likely")).isEqualTo("t.yaml:6:11");
    assertThat(locator(yaml).locate("/questions")).isEqualTo("t.yaml:5:3");
  }

  @Test
  void locate_json_placesWordsInStrings() throws CaseFileException {
    String json = "{\"id\": \"t\",\n \"title\": \"Some \\u00e9 likely\"}\n";

    assertThat(CaseFiles.parseLocated(json, "t.json").locator().locate("/title", 7)).isEqualTo("t.json:2:24");
  }

  @Test
  void locate_pointerPastTheFile_stopsAtTheDeepestValue() throws CaseFileException {
    String yaml = "id: t\ntitle: x\nquestions:\n  - Why?\n";

    assertThat(locator(yaml).locate("/subtitle", 3)).isEqualTo("t.yaml:1:1");
    assertThat(locator(yaml).locate("/questions/4", 2)).isEqualTo("t.yaml:4:3");
  }

  @Test
  void locate_offsetPastTheEnd_isJustAfterTheValue() throws CaseFileException {
    String yaml = "id: t\ntitle: 'likely'\n";

    assertThat(locator(yaml).locate("/title", 6)).isEqualTo("t.yaml:2:15");
    assertThat(locator(yaml).locate("/title", 60)).isEqualTo("t.yaml:2:15");
  }

  @Test
  void locate_negativeOffset_isRefused() throws CaseFileException {
    CaseLocator l = locator("id: t\ntitle: x\n");

    assertThatThrownBy(() -> l.locate("/title", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset (-1) must not be negative");
  }

  @Test
  void locate_listOfRecords_usesTheCasesIndexes() throws IOException {
    String yaml = CaseReaderTest.resource("valid/complete.yaml");

    CaseLocator l = CaseFiles.parseLocated(yaml, "complete.yaml").locator();

    assertThat(l.locate("/motivations/1/claim", 8)).isEqualTo("complete.yaml:85:20");
    assertThat(l.locate("/motivations/0/evidence/1/text", 4)).isEqualTo("complete.yaml:80:19");
    assertThat(l.locate("/judgments/0/confidence")).isEqualTo("complete.yaml:119:17");
  }

  @Test
  void readLocated_fileStreamAndText_nameThePlaceAlike() throws IOException {
    String yaml = "id: t\ntitle: The likely outcome\n";
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, "\uFEFF" + yaml);

    LocatedCase fromFile = CaseFiles.readLocated(file);
    LocatedCase fromStream =
        CaseReader.standard().readLocated(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "s.yaml");

    assertThat(fromFile.value().title()).isEqualTo("The likely outcome");
    assertThat(fromFile.locator().locate("/title", 4)).isEqualTo(file + ":2:12");
    assertThat(fromStream.locator().locate("/title", 4)).isEqualTo("s.yaml:2:12");
  }
}
