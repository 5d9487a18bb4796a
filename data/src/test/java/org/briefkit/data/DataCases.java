package org.briefkit.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ActorName;
import org.briefkit.model.Case;
import org.briefkit.model.Dataset;
import org.briefkit.model.SourceId;

/** Small cases and dataset files for the tests. */
final class DataCases {
  static final String SIPRI_HEADER =
      "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,"
          + "Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,"
          + "Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,"
          + "TIV delivery values,Local production";

  static final String ACLED_HEADER =
      "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
          + "country,location,latitude,longitude,geo_precision,source,notes,fatalities";

  private DataCases() {}

  /** A case with three states, Varnya, Haedo and Kessaly, and {@code datasets}. */
  static Case withDatasets(Dataset... datasets) {
    return Case.builder("c", "Test")
        .actors(
            Actor.builder(ActorId.of("varnya"), "Varnyan Federation", ActorKind.STATE).build(),
            Actor.builder(ActorId.of("haedo"), "Republic of Haedo", ActorKind.STATE).build(),
            Actor.builder(ActorId.of("kessaly"), "Kessaly", ActorKind.STATE).build())
        .datasets(datasets)
        .build();
  }

  /** A SIPRI dataset of {@code file}, mapping Varnya and Haedo. */
  static Dataset.Builder sipri(String file) {
    return Dataset.builder(SourceId.of("sipri"), Dataset.Format.SIPRI, file)
        .edition("2026-03")
        .accessed(LocalDate.of(2026, 3, 20))
        .actors(ActorName.parse("Varnya = varnya"), ActorName.parse("Haedo = haedo"));
  }

  /** An ACLED dataset of {@code file}, mapping Haedo's forces. */
  static Dataset.Builder acled(String file) {
    return Dataset.builder(SourceId.of("acled"), Dataset.Format.ACLED, file)
        .edition("export of 2026-03-18")
        .accessed(LocalDate.of(2026, 3, 18))
        .actors(ActorName.parse("Military Forces of Haedo (2038-) = haedo"));
  }

  /** Writes {@code text} to {@code name} in {@code folder}. */
  static void write(Path folder, String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The lines of a problem list, each placed by its pointer when it has no place in a file. */
  static java.util.List<String> lines(DatasetException e) {
    return e.problems().stream().map(p -> p.line(pointer -> pointer)).toList();
  }
}
