package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command does with the datasets a case declares: reads them with the case, tells
 * their problems at their place in the file, and writes the network exports.
 */
class DatasetCommandTest {
  private static final Path REPO = MainTest.repositoryRoot();

  @TempDir Path dir;
  private Path calder;

  @BeforeEach
  void copySample() throws IOException {
    Path fictional = REPO.resolve("samples/fictional");
    calder = Files.copy(fictional.resolve("calder-strait.yaml"), dir.resolve("calder-strait.yaml"));
    Files.copy(fictional.resolve("calder-strait-v1.yaml"), dir.resolve("calder-strait-v1.yaml"));
    for (String sub : new String[] {"texts", "data"}) {
      Files.createDirectories(dir.resolve(sub));
      try (Stream<Path> files = Files.list(fictional.resolve(sub))) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(sub).resolve(f.getFileName()));
        }
      }
    }
  }

  private void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void validate_badRows_locatedInTheDataset_exitTwo() throws IOException {
    // Without the recipients filter, a misspelt recipient reaches the mapping of names.
    replace(calder, "    recipients: [Haedo, Kessaly, Tarsk]\n", "");
    replace(dir.resolve("data/sipri-trade-register.csv"), "90105,Varnya,Tarsk", "90105,Varnya,Tarks");
    replace(dir.resolve("data/acled-events.csv"), "KES1001,2040-10-12", "KES1001,12/10/2040");

    MainTest.Run r = MainTest.run("validate", calder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(
        "data/sipri-trade-register.csv:10:3: recipient \"Tarks\" is none of the case's actors (did you mean \"Tarsk\"?)",
        "data/acled-events.csv:6:2: event_date (\"12/10/2040\") must be a date such as 2024-03-15 or 15 March 2024");
  }

  @Test
  void validate_misspeltFilter_locatedInTheCaseFile() throws IOException {
    replace(calder, "countries: [Haedo, Kessaly]", "countries: [Haedo, Kesaly]");

    MainTest.Run r = MainTest.run("validate", calder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(
        calder + ":1003:24: countries \"Kesaly\" matches no row of data/acled-events.csv (did you mean \"Kessaly\"?)");
  }

  @Test
  void render_networkFormats_writeGexfAndKumu() throws Exception {
    Path out = dir.resolve("out");

    MainTest.Run r = MainTest.run("render", calder.toString(), "-o", out.toString(), "--format", "gexf,kumu");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("calder-strait-2040.pdf")).doesNotExist();
    String gexf = Files.readString(out.resolve("calder-strait-2040.gexf"), StandardCharsets.UTF_8);
    assertThat(gexf).contains("<edge id=\"transfer-sipri-at-90101\" source=\"varnya\" target=\"haedo\"",
        "<attvalue for=\"imported-from\" value=\"sipri-at\"/>");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("calder-strait-2040-kumu.xlsx")))) {
      assertThat(wb.getSheet("Elements").getRow(0).getCell(3).getStringCellValue()).isEqualTo("ID");
      assertThat(wb.getSheet("Connections").getRow(0).getCell(0).getStringCellValue()).isEqualTo("From");
    }
  }
}
