package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.cli.MainTest.Run;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefkit diff} end to end, on the samples edited as an analyst edits them: copied into
 * a folder of their own, changed in their text, and compared with the copy left as it was; and
 * on a workbook written from a case file, edited in a cell as in Excel, and read back.
 */
class DiffCommandTest {
  private static final Path REPO = MainTest.repositoryRoot();

  @TempDir Path dir;

  /** {@code sample} copied into the test's folder as {@code name}. */
  private Path copy(String sample, String name) throws IOException {
    if (sample.startsWith("samples/fictional/") && sample.endsWith(".yaml") && !Files.exists(dir.resolve("data"))) {
      // With the datasets the fictional case reads, which it names from its folder.
      Files.createDirectories(dir.resolve("data"));
      for (String data : new String[] {"sipri-trade-register.csv", "acled-events.csv"}) {
        Files.copy(REPO.resolve("samples/fictional/data").resolve(data), dir.resolve("data").resolve(data));
      }
    }
    return Files.copy(REPO.resolve(sample), dir.resolve(name));
  }

  /** {@code file} with each pair of {@code edits} applied: a piece of its text, and what replaces it. */
  private static Path edit(Path file, String... edits) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (int i = 0; i < edits.length; i += 2) {
      int at = text.indexOf(edits[i]);
      assertThat(at).as("the sample holds %s", edits[i]).isNotNegative();
      assertThat(text.indexOf(edits[i], at + 1)).as("the sample holds %s once", edits[i]).isNegative();
      text = text.substring(0, at) + edits[i + 1] + text.substring(at + edits[i].length());
    }
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** {@code text} without the part from {@code from} up to the next {@code to}, which stays. */
  private static String cut(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start + from.length());
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return text.substring(0, start) + text.substring(end);
  }

  /** The flagship, second version: an analyst's revision after new reporting. */
  private Path flagshipRevised() throws IOException {
    Path v2 = copy("samples/madrid-2022/korea-nato.yaml", "korea-nato.yaml");
    Files.writeString(
        v2,
        cut(Files.readString(v2, StandardCharsets.UTF_8), "  - id: rok-expertise-exchange\n", "\nevents:\n"),
        StandardCharsets.UTF_8);
    return edit(
        v2,
        // Version labels.
        "marking: ", "version: 2022-08 revision\nmarking: ",
        // A judgment held with more confidence and a higher likelihood, with the reason.
        "under way.\n    confidence: low\n    likelihood: roughly-even-chance\n",
        "under way.\n    confidence: moderate\n    likelihood: likely\n"
            + "    changeReason: Warsaw confirmed in August that it resells South Korean shells to Kyiv.\n",
        // A motivation dropped, and with it its place among a judgment's supports.
        ", rok-aerospace, rok-naval-exercises, rok-expertise-exchange, nato-members-military-ties]",
        ", rok-aerospace, rok-naval-exercises, nato-members-military-ties]",
        // A new item of evidence.
        "        text: Seoul is itself targeted by Chinese and Russian cyberattacks, so engaging it makes sense for NATO.\n",
        "        text: Seoul is itself targeted by Chinese and Russian cyberattacks, so engaging it makes sense for NATO.\n"
            + "      - source: article\n        locator: para 4\n        kind: fact\n"
            + "        text: South Korea joined the CCDCOE in May 2022, the first Asian member.\n",
        // An assumption reworded.
        "      The article's ranking of NATO's reasons, cybersecurity and non-proliferation first\n"
            + "      and the arms trade after them, reflects NATO's own priorities and not only the\n"
            + "      author's reading of them.\n",
        "      The article's ranking of NATO's reasons, cybersecurity and non-proliferation first\n"
            + "      and the arms trade after them, reflects NATO's own priorities as its officials state them.\n");
  }

  @Test
  void diff_flagshipRevised_printsEachChangeBySection() throws IOException {
    Path v1 = copy("samples/madrid-2022/korea-nato.yaml", "korea-nato-v1.yaml");
    Path v2 = flagshipRevised();

    Run r = MainTest.run("diff", v1.toString(), v2.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "Changes from " + v1 + " to version 2022-08 revision (" + v2 + ")\n"
                + """

                Case
                  version  (none) → "2022-08 revision"

                Motivations
                  removed rok-expertise-exchange  "Let South Korean officers and experts work regularly with their…"

                Key judgments
                  changed kj-ukraine-arms  "South Korean lethal weapons reaching Ukraine by way of NATO members…"
                    confidence  low → moderate
                    likelihood  roughly-even-chance → likely
                    reason      "Warsaw confirmed in August that it resells South Korean shells to Kyiv."
                  changed kj-practical-cooperation  "Practical cooperation (exercises, joint research, CBRN…"
                    supportedBy  …rok-aerospace, rok-naval-exercises, rok-expertise-exchange,…
                               → …rok-aerospace, rok-naval-exercises, nato-members-military-ties]

                Evidence
                  motivation nato-cyber
                    added   article para 4  "South Korea joined the CCDCOE in May 2022, the first Asian member."

                Key assumptions
                  changed as-nato-ranking
                    statement  "…trade after them, reflects NATO's own priorities and not only the author's…"
                             → "…trade after them, reflects NATO's own priorities as its officials state them."

                6 changes: 1 added, 1 removed, 4 changed
                """);
  }

  @Test
  void diff_flagshipRevised_json_givesTheValuesInFull() throws IOException {
    Path v1 = copy("samples/madrid-2022/korea-nato.yaml", "korea-nato-v1.yaml");
    Path v2 = flagshipRevised();

    Run r = MainTest.run("diff", "--format", "json", v1.toString(), v2.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "{\n  \"before\": {\n    \"file\": \"" + v1 + "\",\n    \"version\": null\n  },\n"
                + "  \"after\": {\n    \"file\": \"" + v2 + "\",\n    \"version\": \"2022-08 revision\"\n  },\n"
                + "  \"counts\": {\n    \"changes\": 6,\n    \"added\": 1,\n    \"removed\": 1,\n    \"changed\": 4\n  },\n")
        .contains(
            """
                      "key": "kj-ukraine-arms",
                      "label": "South Korean lethal weapons reaching Ukraine by way of NATO members such as Canada or Poland is a possibility the article raises without evidence that it is under way.",
                      "estimate": {
                        "confidence": {
                          "before": "low",
                          "after": "moderate"
                        },
                        "likelihood": {
                          "before": "roughly-even-chance",
                          "after": "likely"
                        },
                        "reason": "Warsaw confirmed in August that it resells South Korean shells to Kyiv."
                      }
            """,
            """
                      "change": "added",
                      "entity": "evidence",
                      "key": "article para 4",
                      "label": "South Korea joined the CCDCOE in May 2022, the first Asian member.",
                      "owner": {
                        "entity": "motivation",
                        "id": "nato-cyber"
                      }
            """,
            """
                        {
                          "field": "statement",
                          "before": "The article's ranking of NATO's reasons, cybersecurity and non-proliferation first and the arms trade after them, reflects NATO's own priorities and not only the author's reading of them.",
                          "after": "The article's ranking of NATO's reasons, cybersecurity and non-proliferation first and the arms trade after them, reflects NATO's own priorities as its officials state them."
                        }
            """)
        .endsWith("  ]\n}\n");
  }

  /** The fictional case, first version, as shipped. */
  private Path calderFirst() throws IOException {
    return copy("samples/fictional/calder-strait-v1.yaml", "calder-strait-v1.yaml");
  }

  /** The fictional case, second version, as shipped: the analyst's revision of the first. */
  private Path calderRevised() throws IOException {
    return copy("samples/fictional/calder-strait.yaml", "calder-strait.yaml");
  }

  /** What docs/provenance.md shows of the fictional case's revision, and the tests hold. */
  private static final String CALDER_REVISED =
      """
      Changes from version 1 (calder-strait-v1.yaml) to version 2 (calder-strait.yaml)

      Case
        asOf      2040-10-19 → 2040-11-30
        version   "1" → "2"
        previous  (none) → calder-strait-v1.yaml
        summary   "…the arms flows to and from Haedo, and a set of key judgments complete the picture."
                → "…the arms flows to and from Haedo, and a set of key judgments complete the picture.…"

      Motivations
        changed compact-cohesion  "Show members that the alliance can act beyond its treaty area."
          salience  primary → secondary
        added   varnya-contracts  "Keep its name as a supplier that honours its contracts whatever the…"
        removed compact-arms-market  "Open Haedo's and Kessaly's markets to members' defence industries."

      Key judgments
        changed kj-strait-open  "The Compact's task force will keep the strait open through 2041."
          confidence  moderate (unchanged)
          likelihood  very-likely → likely
          reason      "Lowered by one band. Report no. 7 finds that taking part is voluntary and that…"
        changed kj-varnya-sells  "Varnya will keep selling arms to Haedo despite its protests."
          confidence   moderate → high
          likelihood   very-likely (unchanged)
          reason       "Confidence raised from moderate. Varnya delivered in full on 18 November the…"
          supportedBy  [varnya-revenue, haedo-arms-imports]
                     → [varnya-revenue, haedo-arms-imports, varnya-contracts]
        changed kj-partnership-survives  "The partnership will survive Haedo's 2041 election."
          confidence  high → moderate
          likelihood  almost-certain (unchanged)
          reason      "Confidence lowered from high. Support for the partnership fell from 64 to 55 per…"

      Evidence
        motivation compact-energy
          changed sitrep p. 6  "A third of members' liquefied gas passes the strait."
            locator  para 6 → p. 6
        motivation haedo-guarantee
          changed white-paper section 3.1  "The white paper calls a Compact partnership the "keystone of…"
            locator  p. 12 → section 3.1
        motivation haedo-strait-access
          changed white-paper section 2.1  "Nine tenths of Haedo's energy imports cross the strait."
            locator  p. 14-15 → section 2.1
        motivation haedo-energy
          changed white-paper section 2.2  "Two long-term gas contracts with Compact members are under…"
            locator  p. 16 → section 2.2
        motivation varnya-sphere
          changed varnya-bulletin para 2  "The bulletin presents the declaration as aimed at Varnya: "a…"
            locator  (none) → para 2
        motivation meridian-sanctions
          added   sitrep para 20  "At the close of the Port Aurel talks the Union again declined to…"
        assumption as-compact-resolve
          added   sitrep para 28  "Taking part is voluntary, and two members sent no ships, citing the…"
        assumption as-no-bypass
          changed white-paper section 2.1  "Nine tenths of Haedo's energy imports cross the strait."
            locator  p. 14-15 → section 2.1
        event port-aurel-talks
          added   sitrep para 22  "The talks closed on 28 October without agreement; the parties will…"
        transfer varnya-spares
          added   sitrep para 30  "Delivered in full on 18 November; ordered in February."

      Key assumptions
        changed as-compact-resolve
          status     solid → caveated
          statement  "Compact members keep the Calder task force at full strength through 2041."
                   → "Compact members keep paying for the Calder task force through 2041."
        changed as-partnership-popular  "Haedo's voters and main parties still favour the partnership at…"
          status  solid → caveated

      Indicators
        changed in-spares-delivered  "Varnya delivers the spare parts that Haedo ordered in February…"
          status    watching → observed
          observed  (none) → 2040-11-18
        changed in-meridian-list-at-talks  "The Meridian Union adopts the Compact's sanctions list at…"
          status  watching → lapsed

      Events
        changed port-aurel-talks  "Mediation talks in Port Aurel"
          significance  (none)
                      → "Closed on 28 October without agreement on shipping rules or a common sanctions…"
        added   spares-delivered  "Varnya delivers the spare parts Haedo ordered"
        added   acled-HAE1001  "Remote explosive/landmine/IED: Red Banner Front v Military Forces of…"
        added   acled-HAE1002  "Peaceful protest: Protesters (Haedo)"
        added   acled-HAE1003  "Agreement: Military Forces of Haedo (2038-) v Military Forces of Kessaly…"
        added   acled-KES1001  "Armed clash: Military Forces of Kessaly (2031-) v Red Banner Front (3…"

      Arms transfers
        changed varnya-spares  "Spare parts for Varnyan-built aircraft"
          status  ordered → delivered
          when    2040-02 → 2040-11-18
        added   sipri-at-90101  "Kestrel-3 (FGA aircraft)"
        added   sipri-at-90102  "Volna "M" (coastal defence system)"
        added   sipri-at-90103  "Halden-class (frigate)"
        added   sipri-at-90104  "Skua (patrol craft; second hand; produced locally)"
        added   sipri-at-90105  "Project 877V (submarine)"

      Sources
        changed sitrep
          title     "Calder Strait situation report no. 6 (fictional)"
                  → "Calder Strait situation report no. 7 (fictional)"
          date      2040-10 → 2040-11
          textFile  (none) → texts/sitrep-7.txt
        changed white-paper  "Haedo Defence White Paper 2040 (fictional)"
          textFile    (none) → texts/white-paper-2040.md
          textFormat  (none) → markdown
        changed varnya-bulletin  "Evening news bulletin of Varnyan State Television, 13 June 2040…"
          textFile  (none) → texts/varnya-bulletin-2040-06-13.html

      Datasets
        added   sipri-at  "2041-03 (fictional)"
        added   acled  "export of 2041-03-18 (fictional)"

      Competing hypotheses
        changed why-task-force
          added   item e-escort-record  "In its first three months the task force escorted only a…"
          added   item e-voluntary  "The Secretary General made taking part voluntary, and two members…"
          changed item e-varnya-claim  "Varnyan state television calls the planned task force a sales…"
            locator  (none) → para 5
          changed item a-compact-resolve
            text  "Compact members keep the task force at full strength through 2041."
                → "Compact members keep paying for the task force through 2041."
          added   item e-radars-earlier  "Aldmark's coastal radars, delivered to Kessaly in October…"

      44 changes: 20 added, 1 removed, 23 changed
      """;

  @Test
  void diff_calderRevised_text_asTheDocsShowIt_andExitCodeOneWhenAsked() throws IOException {
    Path v1 = calderFirst();
    Path v2 = calderRevised();

    Run r = MainTest.run("diff", v1.toString(), v2.toString());
    Run asked = MainTest.run("diff", "--exit-code", v1.toString(), v2.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().replace(dir + "/", "")).isEqualTo(CALDER_REVISED);
    assertThat(Files.readString(REPO.resolve("docs/provenance.md"), StandardCharsets.UTF_8))
        .contains("```text\n" + CALDER_REVISED + "```\n");
    assertThat(asked.code()).isEqualTo(1);
    assertThat(asked.out()).isEqualTo(r.out());
  }

  @Test
  void diff_calderRevised_json() throws IOException {
    Path v1 = calderFirst();
    Path v2 = calderRevised();

    Run r = MainTest.run("diff", "--format=json", "--exit-code", v1.toString(), v2.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("    \"changes\": 44,\n    \"added\": 20,\n    \"removed\": 1,\n    \"changed\": 23\n")
        .contains(
            """
                      "fields": [
                        {
                          "field": "asOf",
                          "before": "2040-10-19",
                          "after": "2040-11-30"
                        },
                        {
                          "field": "version",
                          "before": "1",
                          "after": "2"
                        },
            """)
        .contains(
            """
                      "key": "kj-strait-open",
                      "label": "The Compact's task force will keep the strait open through 2041.",
                      "estimate": {
                        "confidence": {
                          "before": "moderate",
                          "after": "moderate"
                        },
                        "likelihood": {
                          "before": "very-likely",
                          "after": "likely"
                        },
                        "reason": "Lowered by one band.\
            """,
            """
                      "change": "removed",
                      "entity": "motivation",
                      "key": "compact-arms-market",
                      "label": "Open Haedo's and Kessaly's markets to members' defence industries."
            """);
  }

  @Test
  void diff_sameCase_noChanges_exitZeroEvenWithExitCode() throws IOException {
    Path v1 = copy("samples/fictional/calder-strait.yaml", "a.yaml");
    Path v2 = copy("samples/fictional/calder-strait.yaml", "b.yaml");

    Run text = MainTest.run("diff", "--exit-code", v1.toString(), v2.toString());
    Run json = MainTest.run("diff", "--format", "JSON", v1.toString(), v2.toString());

    assertThat(text.code()).isZero();
    assertThat(text.out()).isEqualTo("No changes.\n");
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .isEqualTo(
            "{\n  \"before\": {\n    \"file\": \"" + v1 + "\",\n    \"version\": \"2\"\n  },\n"
                + "  \"after\": {\n    \"file\": \"" + v2 + "\",\n    \"version\": \"2\"\n  },\n"
                + "  \"counts\": {\n    \"changes\": 0,\n    \"added\": 0,\n    \"removed\": 0,\n    \"changed\": 0\n  },\n"
                + "  \"sections\": []\n}\n");
  }

  /** The workbook of the case file {@code yaml}, written by the library as render writes it. */
  private Path workbook(Path yaml, String name) throws IOException {
    Path xlsx = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ExcelWorkbook.withDefaults().write(CaseFiles.read(yaml), out);
    }
    return xlsx;
  }

  /**
   * {@code xlsx} with the cell of column {@code header} in the row of {@code id} on
   * {@code sheet} set to {@code value}, saved as {@code name}: what an analyst does in Excel.
   */
  private Path editCell(Path xlsx, String sheet, String id, String header, String value, String name) throws IOException {
    Path edited = dir.resolve(name);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet(sheet);
      Row headers = s.getRow(0);
      DataFormatter cells = new DataFormatter();
      int column = -1;
      for (Cell c : headers) {
        if (cells.formatCellValue(c).equals(header)) {
          column = c.getColumnIndex();
        }
      }
      assertThat(column).as("column %s on %s", header, sheet).isNotNegative();
      Row row = null;
      for (Row r : s) {
        if (r.getRowNum() > 0 && cells.formatCellValue(r.getCell(0)).equals(id)) {
          row = r;
        }
      }
      assertThat(row).as("row %s on %s", id, sheet).isNotNull();
      // A new cell in the old one's style, as Excel writes an edit: POI's setCellValue on the
      // inline string BriefKit writes leaves the inline text in place, and that is what is read.
      CellStyle style = row.getCell(column).getCellStyle();
      Cell cell = row.createCell(column);
      cell.setCellStyle(style);
      cell.setCellValue(value);
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    return edited;
  }

  @Test
  void diff_flagshipAgainstItsOwnWorkbook_noChanges() throws IOException {
    Path yaml = copy("samples/madrid-2022/korea-nato.yaml", "korea-nato.yaml");
    Path xlsx = workbook(yaml, "korea-nato.xlsx");

    Run r = MainTest.run("diff", "--exit-code", yaml.toString(), xlsx.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("No changes.\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void diff_fictionalAgainstItsOwnWorkbook_noChanges() throws IOException {
    Path yaml = copy("samples/fictional/calder-strait.yaml", "calder-strait.yaml");
    Path xlsx = workbook(yaml, "calder-strait.xlsx");

    Run r = MainTest.run("diff", "--exit-code", xlsx.toString(), yaml.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("No changes.\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void diff_caseFileAgainstItsWorkbookEditedInACell_showsExactlyThatChange() throws IOException {
    Path yaml = copy("samples/madrid-2022/korea-nato.yaml", "korea-nato.yaml");
    Path xlsx = workbook(yaml, "korea-nato.xlsx");
    Path edited = editCell(xlsx, "Judgments", "kj-ukraine-arms", "Confidence", "moderate", "korea-nato-edited.xlsx");

    Run r = MainTest.run("diff", yaml.toString(), edited.toString());
    Run json = MainTest.run("diff", "--format", "json", yaml.toString(), edited.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "Changes from " + yaml + " to " + edited + "\n"
                + """

                Key judgments
                  changed kj-ukraine-arms  "South Korean lethal weapons reaching Ukraine by way of NATO members…"
                    confidence  low → moderate
                    likelihood  roughly-even-chance (unchanged)
                    reason      (none given)

                1 change: 0 added, 0 removed, 1 changed
                """);
    assertThat(json.out())
        .contains("\"section\": \"judgments\"")
        .contains("\"confidence\": {\n              \"before\": \"low\",\n              \"after\": \"moderate\"\n            }");
  }

  @Test
  void diff_brokenFiles_reportsTheProblemsOfBothLocated_exit2() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"), "id: x\ntitle: T\nstakeholders:\n  - id: s\n    nam: S\n", StandardCharsets.UTF_8);
    Path b = dir.resolve("missing.xlsx");

    Run r = MainTest.run("diff", a.toString(), b.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactly(
            a + ":4:5: stakeholder \"s\" is missing required field \"name\"",
            a + ":4:5: stakeholder \"s\" is missing required field \"question\"",
            a + ":5:5: unknown field \"nam\" in stakeholder (did you mean \"name\"?)",
            b + ": no such file");
  }

  @Test
  void diff_oneFile_orAnUnknownFormat_isAUsageError_exit2() throws IOException {
    Path a = copy("samples/fictional/calder-strait.yaml", "a.yaml");

    Run one = MainTest.run("diff", a.toString());
    Run yaml = MainTest.run("diff", "--format", "yaml", a.toString(), a.toString());

    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).isEqualTo("briefkit: Missing required parameter: 'NEW'\nRun 'briefkit diff --help' for usage.\n");
    assertThat(yaml.code()).isEqualTo(2);
    assertThat(yaml.err()).startsWith("briefkit: Invalid value for option '--format': expected one of [TEXT, JSON]");
  }

  @Test
  void help_describesTheCommand() {
    Run r = MainTest.run("diff", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Usage: briefkit diff [-hV] [--exit-code] [--verbose] [--format=text|json]")
        .contains("[--max-case-size=SIZE] [--max-case-values=N] OLD NEW")
        .contains("--exit-code")
        .contains("docs/provenance.md");
  }
}
