package org.briefkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.ArmsTransfer.Estimate;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.TransferStatus;
import org.briefkit.model.io.CaseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipriTradeRegisterTest {
  @TempDir Path dir;

  private static final String PREAMBLE =
      "\"Transfers of major weapons: Deals with deliveries or orders made for 2030 to 2040\"\r\n"
          + "\"Note: an estimate, \"\"quoted\"\", and a comma, here\"\r\n"
          + "\r\n";

  private Case read(String csv) throws Exception {
    DataCases.write(dir, "data/sipri.csv", csv);
    return Datasets.read(DataCases.withDatasets(DataCases.sipri("data/sipri.csv").build()), CaseFolder.of(dir));
  }

  private DatasetException failing(String csv) throws Exception {
    DataCases.write(dir, "data/sipri.csv", csv);
    return catchThrowableOfType(
        DatasetException.class,
        () -> Datasets.read(DataCases.withDatasets(DataCases.sipri("data/sipri.csv").build()), CaseFolder.of(dir)));
  }

  @Test
  void read_realLayout_skipsPreambleAndReadsEveryColumn() throws Exception {
    Case c = read(PREAMBLE + DataCases.SIPRI_HEADER + "\r\n"
        + "41234,Varnya,Haedo,\"Kestrel-3 \"\"M\"\"\",\"FGA aircraft, twin-seat\",Aircraft,2033,Yes,12,Yes,2035,No,"
        + "Second hand,Yes,18.5,222,Yes\r\n");

    ArmsTransfer t = c.transfers().get(0);
    assertThat(t.id().value()).isEqualTo("sipri-41234");
    assertThat(t.supplier()).isEqualTo(ActorId.of("varnya"));
    assertThat(t.recipient()).isEqualTo(ActorId.of("haedo"));
    assertThat(t.items()).isEqualTo("Kestrel-3 \"M\" (FGA aircraft, twin-seat; second hand; produced locally)");
    assertThat(t.status()).isEqualTo(TransferStatus.DELIVERED);
    assertThat(t.when()).contains(DateSpan.parse("2035"));
    assertThat(t.tiv()).contains(new BigDecimal("222"));
    assertThat(t.estimates()).containsExactly(Estimate.ORDER_DATE, Estimate.NUMBER, Estimate.TIV);
    assertThat(t.evidence()).singleElement().satisfies(e -> {
      assertThat(e.source().value()).isEqualTo("sipri");
      assertThat(e.text()).isEqualTo("SIPRI AT Database ID 41234: aircraft; ordered 2033 (estimate);"
          + " 12 (estimate) delivered 2035; TIV 18.5 per unit, 222 delivered (SIPRI estimate)");
    });
    assertThat(c.importedFrom(t.evidence()).map(d -> d.id().value())).contains("sipri");
  }

  @Test
  void read_bomAndLf_emptyCellsLeaveValuesOut() throws Exception {
    Case c = read("\uFEFF" + DataCases.SIPRI_HEADER + "\n"
        + "7,Varnya,Haedo,Halden-class,,,2040,,,,,,,,,,\n");

    ArmsTransfer t = c.transfers().get(0);
    assertThat(t.items()).isEqualTo("Halden-class");
    assertThat(t.status()).isEqualTo(TransferStatus.ORDERED);
    assertThat(t.when()).contains(DateSpan.parse("2040"));
    assertThat(t.tiv()).isEmpty();
    assertThat(t.estimates()).isEmpty();
    assertThat(t.evidence().get(0).text()).isEqualTo("SIPRI AT Database ID 7: ordered 2040; none delivered yet");
  }

  @Test
  void read_actorByNameOrId_withoutMapping() throws Exception {
    Case c = read(DataCases.SIPRI_HEADER + "\n"
        + "1,Varnyan Federation,kessaly,Skua,,,2037,,3,,2039,,,,,,\n");

    assertThat(c.transfers().get(0).recipient()).isEqualTo(ActorId.of("kessaly"));
  }

  @Test
  void read_malformedRows_locatedInTheFile_everyProblemAtOnce() throws Exception {
    DatasetException e = failing(PREAMBLE + DataCases.SIPRI_HEADER + "\n"
        + "1,Varnia,Haedo,Skua,,,2037,maybe,three,,2039,,,,,,\n"
        + "2,Varnya,Haedo,,,,20x7,,,,,,,,,-4,\n");

    assertThat(DataCases.lines(e)).containsExactly(
        "data/sipri.csv:5:2: supplier \"Varnia\" is none of the case's actors (did you mean \"Varnya\"?):"
            + " add \"Varnia = <actor id>\" to the dataset's actors, or the actor to the case",
        "data/sipri.csv:5:8: Order date is estimate (\"maybe\") must be Yes or No",
        "data/sipri.csv:5:9: Numbers delivered (\"three\") must be a whole number",
        "data/sipri.csv:6:7: the order date (\"20x7\") must be a year, such as 2019, or years, such as 2019-2021",
        "data/sipri.csv:6:4: the designation is empty",
        "data/sipri.csv:6:16: TIV delivery values (\"-4\") must be a number such as 12.5");
  }

  @Test
  void read_missingColumn_locatedAtTheHeader_withANearSpelling() throws Exception {
    DatasetException e = failing(PREAMBLE + DataCases.SIPRI_HEADER.replace("Designation", "Designaton") + "\n");

    assertThat(DataCases.lines(e)).containsExactly(
        "data/sipri.csv:4: the header lacks the column \"Designation\" (did you mean \"designaton\"?)");
  }

  @Test
  void read_noHeader_saysWhatWasLookedFor() throws Exception {
    DatasetException e = failing("event_id_cnty,event_date\n1,2024-01-01\n");

    assertThat(DataCases.lines(e)).containsExactly(
        "data/sipri.csv:1: no header row starting with \"SIPRI AT Database ID\" was found: is this the"
            + " export the dataset's format names?");
  }

  @Test
  void read_brokenQuoting_locatedAtTheRow() throws Exception {
    DatasetException e = failing(DataCases.SIPRI_HEADER + "\n"
        + "1,Varnya,Haedo,\"Skua,,,2037,,3,,2039,,,,,,\n");

    assertThat(DataCases.lines(e)).containsExactly(
        "data/sipri.csv:2: the row's quoting is broken: a quote opened and never closed, or text"
            + " after a closing quote");
  }

  @Test
  void read_notUtf8_saysSo() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.write(dir.resolve("data/sipri.csv"),
        (DataCases.SIPRI_HEADER + "\n1,Varnya,Haedo,Sk\u00e5,,,2037,,,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));

    DatasetException e = catchThrowableOfType(
        DatasetException.class,
        () -> Datasets.read(DataCases.withDatasets(DataCases.sipri("data/sipri.csv").build()), CaseFolder.of(dir)));

    assertThat(DataCases.lines(e).get(0)).startsWith("data/sipri.csv:").endsWith(
        "the text is not UTF-8: save the export as UTF-8 (CSV UTF-8)");
  }

  @Test
  void read_filters_keepSuppliersRecipientsAndPeriod() throws Exception {
    DataCases.write(dir, "sipri.csv", DataCases.SIPRI_HEADER + "\n"
        + "1,Varnya,Haedo,A,,,2030,,1,,2031,,,,,,\n"
        + "2,Varnya,Kessaly,B,,,2030,,1,,2031,,,,,,\n"
        + "3,Osterland,Haedo,C,,,2030,,1,,2031,,,,,,\n"
        + "4,Varnya,Haedo,D,,,2020,,1,,2021,,,,,,\n");
    Case c = Datasets.read(DataCases.withDatasets(DataCases.sipri("sipri.csv")
        .suppliers("varnya").recipients("Haedo").period(DateSpan.parse("2025/2035")).build()), CaseFolder.of(dir));

    assertThat(c.transfers()).extracting(t -> t.id().value()).containsExactly("sipri-1");
  }

  @Test
  void read_filterMatchingNothing_isAProblemWithTheNearestValue() throws Exception {
    DataCases.write(dir, "sipri.csv", DataCases.SIPRI_HEADER + "\n1,Varnya,Haedo,A,,,2030,,1,,2031,,,,,,\n");
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> Datasets.read(
        DataCases.withDatasets(DataCases.sipri("sipri.csv").suppliers("Varnja").build()), CaseFolder.of(dir)));

    assertThat(DataCases.lines(e)).containsExactly(
        "/datasets/0/suppliers/0: suppliers \"Varnja\" matches no row of sipri.csv (did you mean \"Varnya\"?)");
  }

  @Test
  void read_repeatedRowId_getsANumberedId() throws Exception {
    Case c = read(DataCases.SIPRI_HEADER + "\n"
        + "5,Varnya,Haedo,A,,,2030,,1,,2031,,,,,,\n"
        + "5,Varnya,Haedo,A,,,2030,,2,,2032,,,,,,\n");

    assertThat(c.transfers()).extracting(t -> t.id().value()).containsExactly("sipri-5", "sipri-5-2");
  }
}
