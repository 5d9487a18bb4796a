package org.briefkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.EventKind;
import org.briefkit.model.io.CaseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledEventsTest {
  @TempDir Path dir;

  private static final String ROWS =
      DataCases.ACLED_HEADER + "\r\n"
          + "HAE1,2040-06-14,2040,1,Explosions/Remote violence,Remote explosive/landmine/IED,"
          + "Red Banner Front,Military Forces of Haedo (2038-),Haedo,Port Aurel,12.44,44.10,1,"
          + "Haedo Daily,\"A mine struck a patrol boat, off Port Aurel.\",2\r\n"
          + "HAE2,2 July 2040,2040,2,Protests,Peaceful protest,Protesters (Haedo),,Haedo,Haedo City,"
          + "12.9,44.5,1,Calder Wire,,0\r\n"
          + "KES1,2040-08-01,2040,3,Strategic developments,Agreement,Military Forces of Haedo (2038-),"
          + "Kessaly,Kessaly,,,,,,,\r\n"
          + "TAR1,2040-09-09,2040,1,Battles,Armed clash,Tarsk,Red Banner Front,Tarsk,Tarsk Bay,,,,,,5\r\n";

  private Case read(org.briefkit.model.Dataset d) throws Exception {
    return Datasets.read(DataCases.withDatasets(d), CaseFolder.of(dir));
  }

  @Test
  void read_keepsPrecisionActorsAndProvenance() throws Exception {
    DataCases.write(dir, "acled.csv", ROWS);
    Case c = read(DataCases.acled("acled.csv").countries("Haedo", "Kessaly").build());

    assertThat(c.events()).extracting(e -> e.id().value()).containsExactly("acled-HAE1", "acled-HAE2", "acled-KES1");
    Event mine = c.events().get(0);
    assertThat(mine.when()).contains(DateSpan.parse("2040-06-14"));
    assertThat(mine.title()).isEqualTo(
        "Remote explosive/landmine/IED: Red Banner Front v Military Forces of Haedo (2038-) (2 fatalities)");
    assertThat(mine.kind()).isEqualTo(EventKind.CONFLICT);
    assertThat(mine.participants()).containsExactly(ActorId.of("haedo"));
    assertThat(mine.location()).contains("Port Aurel, Haedo");
    assertThat(mine.tags()).containsExactly("acled", "explosions-remote-violence");
    assertThat(mine.evidence().get(0).text()).isEqualTo(
        "ACLED event HAE1 (dated to the day; at 12.44, 44.10, geo precision 1):"
            + " A mine struck a patrol boat, off Port Aurel. [reported by Haedo Daily]");
    // A week: the seven days around the date; a month: the month.
    assertThat(c.events().get(1).when()).contains(DateSpan.parse("2040-06-29/2040-07-05"));
    assertThat(c.events().get(2).when()).contains(DateSpan.parse("2040-08"));
    assertThat(c.events().get(2).kind()).isEqualTo(EventKind.AGREEMENT);
    assertThat(c.events().get(2).participants()).containsExactly(ActorId.of("haedo"), ActorId.of("kessaly"));
  }

  @Test
  void read_eventTypesAndPeriod_filter() throws Exception {
    DataCases.write(dir, "acled.csv", ROWS);
    Case c = read(DataCases.acled("acled.csv").eventTypes("battles", "Protests")
        .period(DateSpan.parse("2040-07/2040-12")).build());

    assertThat(c.events()).extracting(e -> e.id().value()).containsExactly("acled-HAE2", "acled-TAR1");
  }

  @Test
  void read_badCells_locatedInTheFile() throws Exception {
    DataCases.write(dir, "acled.csv", DataCases.ACLED_HEADER + "\n"
        + "X1,14/06/2040,2040,1,Battles,Armed clash,A,,Haedo,,,,,,,\n"
        + "X2,2040-06-14,2040,4,Battles,Armed clash,A,,Haedo,,,,,,,many\n");
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> read(DataCases.acled("acled.csv").countries("Haedo", "Kesaly").build()));

    assertThat(DataCases.lines(e)).containsExactly(
        "acled.csv:2:2: event_date (\"14/06/2040\") must be a date such as 2024-03-15 or 15 March 2024",
        "acled.csv:3:4: time_precision (\"4\") must be 1 (day), 2 (week) or 3 (month)",
        "acled.csv:3:16: fatalities (\"many\") must be a whole number",
        "/datasets/0/countries/1: countries \"Kesaly\" matches no row of acled.csv");
  }
}
