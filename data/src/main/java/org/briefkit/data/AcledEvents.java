package org.briefkit.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefkit.model.ActorId;
import org.briefkit.model.Dataset;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.PartialDate;

/**
 * ACLED's event data, as its CSV export writes it: a header of lower-case names ({@code
 * event_id_cnty}, {@code event_date}...), then a row per event. The file is read a row at a time
 * and only the rows the filters keep are held, so that a national or global export filtered to
 * one country reads in memory bounded by what is kept. Each row kept becomes an {@link Event}
 * dated to ACLED's time precision (a day; a week, as the seven days around the date; a month),
 * with the actors the dataset's names map as participants.
 */
final class AcledEvents implements DatasetImporter {
  static final List<String> COLUMNS =
      List.of(
          "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
          "actor1", "actor2", "country", "location", "latitude", "longitude", "geo_precision",
          "source", "notes", "fatalities");

  private static final DateTimeFormatter WRITTEN =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  @Override
  public Dataset.Format format() {
    return Dataset.Format.ACLED;
  }

  @Override
  public String firstColumn() {
    return "event_id_cnty";
  }

  @Override
  public void read(CsvRows rows, Dataset d, String pointer, ActorNames names, Imports out)
      throws DatasetFileException {
    int[] c = rows.columns(COLUMNS);
    Filter countries = new Filter("countries", d.countries());
    Filter types = new Filter("eventTypes", d.eventTypes());
    for (Optional<CsvRows.Row> next = rows.next(); next.isPresent(); next = rows.next()) {
      CsvRows.Row row = next.get();
      if (!(countries.test(row.get(c[7])) & types.test(row.get(c[3])))) {
        continue;
      }
      Cells cells = new Cells(row, out);
      Optional<DateSpan> when = date(cells, c[1], c[2]);
      if (d.period().isPresent() && when.isPresent() && !Periods.overlap(when.get(), d.period().get())) {
        continue;
      }
      event(row, cells, c, when, d, names, out);
    }
    out.problems(countries.unmatched(pointer, d.file()));
    out.problems(types.unmatched(pointer, d.file()));
  }

  private static void event(
      CsvRows.Row row, Cells cells, int[] c, Optional<DateSpan> when, Dataset d,
      ActorNames names, Imports out) {
    String rowId = cells.required(c[0], "event_id_cnty");
    if (!rowId.isEmpty() && !rowId.matches("[A-Za-z0-9._-]{1,40}")) {
      cells.fail(c[0], "event_id_cnty (\"" + rowId + "\") must be letters, digits, '.', '_' or '-'");
    }
    String type = cells.required(c[3], "event_type");
    String subType = cells.text(c[4]);
    String actor1 = cells.required(c[5], "actor1");
    String actor2 = cells.text(c[6]);
    Optional<Integer> fatalities = cells.count(c[14], "fatalities");
    Optional<Integer> geo = cells.count(c[11], "geo_precision");
    if (cells.bad() || when.isEmpty()) {
      return;
    }
    String id = out.id(d.id().value() + "-" + rowId, row.at(c[0]));
    if (id.isEmpty()) {
      return;
    }
    List<ActorId> participants = new ArrayList<>();
    for (String name : List.of(actor1, actor2)) {
      names.find(name).filter(a -> !participants.contains(a)).ifPresent(participants::add);
    }
    String title =
        (subType.isEmpty() ? type : subType) + ": " + actor1 + (actor2.isEmpty() ? "" : " v " + actor2)
            + fatalities.filter(f -> f > 0).map(f -> " (" + f + (f == 1 ? " fatality)" : " fatalities)")).orElse("");
    String place = cells.text(c[8]);
    String country = cells.text(c[7]);
    Event.Builder e =
        Event.builder(EventId.of(id), title, kind(type, subType))
            .when(when.get())
            .participants(participants)
            .tags("acled", slug(type))
            .evidence(
                Evidence.builder()
                    .source(d.id())
                    .kind(EvidenceKind.FACT)
                    .text(evidence(rowId, cells.text(c[2]), geo, cells.text(c[9]), cells.text(c[10]),
                        cells.text(c[13]), cells.text(c[12])))
                    .build());
    String location = place.isEmpty() ? country : country.isEmpty() ? place : place + ", " + country;
    if (!location.isEmpty()) {
      e.location(location);
    }
    out.add(e.build());
  }

  /** The event's date to ACLED's time precision: 1 a day, 2 the week around it, 3 its month. */
  private static Optional<DateSpan> date(Cells cells, int dateColumn, int precisionColumn) {
    String text = cells.text(dateColumn);
    LocalDate date;
    try {
      date = text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(text) : LocalDate.parse(text, WRITTEN);
    } catch (DateTimeParseException e) {
      cells.fail(dateColumn, "event_date (\"" + text + "\") must be a date such as 2024-03-15 or 15 March 2024");
      return Optional.empty();
    }
    String precision = cells.text(precisionColumn);
    switch (precision) {
      case "", "1" -> {
        return Optional.of(DateSpan.of(PartialDate.from(date)));
      }
      case "2" -> {
        return Optional.of(
            DateSpan.of(PartialDate.from(date.minusDays(3)), PartialDate.from(date.plusDays(3))));
      }
      case "3" -> {
        return Optional.of(DateSpan.of(PartialDate.ofMonth(date.getYear(), date.getMonthValue())));
      }
      default -> {
        cells.fail(precisionColumn, "time_precision (\"" + precision + "\") must be 1 (day), 2 (week) or 3 (month)");
        return Optional.empty();
      }
    }
  }

  private static EventKind kind(String type, String subType) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.equals("battles") || t.startsWith("explosions") || t.startsWith("violence against")) {
      return EventKind.CONFLICT;
    }
    if (subType.equalsIgnoreCase("agreement")) {
      return EventKind.AGREEMENT;
    }
    return EventKind.OTHER;
  }

  /** "Violence against civilians" as a tag: {@code violence-against-civilians}. */
  private static String slug(String type) {
    String s = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "event" : s;
  }

  private static String evidence(
      String rowId, String timePrecision, Optional<Integer> geo, String latitude, String longitude,
      String notes, String source) {
    String precision = switch (timePrecision) {
      case "2" -> "dated to the week";
      case "3" -> "dated to the month";
      default -> "dated to the day";
    };
    StringBuilder b = new StringBuilder("ACLED event ").append(rowId).append(" (").append(precision);
    if (!latitude.isEmpty() && !longitude.isEmpty()) {
      b.append("; at ").append(latitude).append(", ").append(longitude);
      geo.ifPresent(g -> b.append(", geo precision ").append(g));
    }
    b.append(")");
    if (!notes.isEmpty()) {
      b.append(": ").append(notes);
    }
    if (!source.isEmpty()) {
      b.append(" [reported by ").append(source).append("]");
    }
    return b.toString();
  }
}
