package org.briefkit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a synthetic ACLED export of N rows, in ACLED's full column layout: one row in {@value
 * #KEPT_EVERY} is in the country a case keeps ({@value #COUNTRY}), the others spread over 49 other
 * countries, with notes of ordinary length, some quoted with commas. The same N gives the same
 * file.
 *
 * <pre>java -cp ... org.briefkit.bench.AcledFile FILE 1000000</pre>
 */
public final class AcledFile {
  /** The country the benchmark's case keeps. */
  static final String COUNTRY = "Haedo";

  /** One row in this many is in {@link #COUNTRY}. */
  static final int KEPT_EVERY = 100;

  static final String HEADER =
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
          + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
          + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,"
          + "longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

  private static final String[] TYPES = {
    "Battles,Armed clash", "Protests,Peaceful protest", "Riots,Violent demonstration",
    "Explosions/Remote violence,Shelling/artillery/missile attack",
    "Violence against civilians,Attack", "Strategic developments,Agreement"
  };

  private AcledFile() {}

  /** Writes {@code args[1]} rows to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    write(file, rows);
    System.out.println(file + "\t" + rows + " rows\t" + Files.size(file) + " bytes");
  }

  /** Writes {@code rows} rows to {@code file}. */
  static void write(Path file, int rows) throws IOException {
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("\r\n");
      for (int i = 0; i < rows; i++) {
        boolean kept = i % KEPT_EVERY == 0;
        String country = kept ? COUNTRY : "Country" + (1 + i % 49);
        String code = kept ? "HAE" : "C" + (1 + i % 49) + "X";
        LocalDate date = start.plusDays(i % 1800);
        String type = TYPES[i % TYPES.length];
        w.write(code + i + "," + date + "," + date.getYear() + "," + (1 + i % 3) + ",Political violence,"
            + type + ",Military Forces of " + country + " (2010-),,1,Rebels of " + country + ",,2,12,,"
            + (900 + i % 49) + ",Region," + country + ",Province " + (i % 17) + ",District " + (i % 31)
            + ",,Town " + (i % 997) + "," + (10 + (i % 800) / 100.0) + "," + (40 + (i % 900) / 100.0)
            + "," + (1 + i % 3) + ",Daily News " + (i % 13) + ",National,\"On " + date
            + ", forces clashed near Town " + (i % 997) + ", in the province's north; casualties"
            + " were reported by local sources.\"," + (i % 7) + ",," + (1600000000 + i) + "\r\n");
      }
    }
  }
}
