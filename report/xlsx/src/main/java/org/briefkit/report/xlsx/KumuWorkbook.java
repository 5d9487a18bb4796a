package org.briefkit.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Event;
import org.briefkit.model.Figures;
import org.briefkit.model.Stakeholder;

/**
 * The case's actor network as a workbook Kumu imports: an {@code Elements} sheet (Label, Type,
 * Description, ID — the actor's id, so that importing again updates the elements rather than
 * adding new ones) and a {@code Connections} sheet (From, To, Type, then Description, ID, TIV
 * (not money) and Date), whose From and To name elements by their ID. Connections are the
 * affiliations, the co-participations in events (a connection per pair of actors, counting the
 * events) and the arms transfers (a connection each, with the transfer's id).
 *
 * <p>Written in the case's order with fixed dates: the same case gives the same bytes.
 */
public final class KumuWorkbook {
  /** The sheet of elements. */
  public static final String ELEMENTS = "Elements";

  /** The sheet of connections. */
  public static final String CONNECTIONS = "Connections";

  private KumuWorkbook() {}

  /**
   * Writes the network of {@code c} to {@code out}, which is left open.
   *
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Case c, OutputStream out) throws IOException {
    PoiRuntime.withFixedZipTimes(() -> {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        elements(c, wb.createSheet(ELEMENTS));
        connections(c, wb.createSheet(CONNECTIONS));
        Date fixed = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
        wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
        wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
        wb.getProperties().getCoreProperties().setTitle(c.title());
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("BriefKit");
        wb.write(new java.io.FilterOutputStream(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        });
      }
    });
  }

  private static void elements(Case c, Sheet s) {
    row(s, 0, "Label", "Type", "Description", "ID", "Country", "Stakeholder");
    int r = 1;
    for (Actor a : c.actors()) {
      String roles = c.stakeholders().stream()
          .filter(st -> st.actor().equals(Optional.of(a.id())))
          .map(Stakeholder::name)
          .collect(Collectors.joining("; "));
      row(s, r++, a.name(), a.kind().label(), a.role().orElse(""), a.id().value(), a.country().orElse(""), roles);
    }
    widths(s, 36, 16, 60, 20, 10, 30);
  }

  private static void connections(Case c, Sheet s) {
    row(s, 0, "From", "To", "Type", "Description", "ID", "TIV (not money)", "Date");
    int r = 1;
    for (Actor a : c.actors()) {
      if (a.affiliation().isPresent()) {
        row(s, r++, a.id().value(), a.affiliation().get().value(), "Affiliation", "",
            "affiliation-" + a.id().value(), "", "");
      }
    }
    for (Map.Entry<List<ActorId>, List<Event>> p : pairs(c).entrySet()) {
      ActorId from = p.getKey().get(0);
      ActorId to = p.getKey().get(1);
      String titles = p.getValue().stream().map(Event::title).collect(Collectors.joining("; "));
      row(s, r++, from.value(), to.value(), "Co-participation",
          p.getValue().size() + (p.getValue().size() == 1 ? " event: " : " events: ") + titles,
          "co-" + from.value() + "-" + to.value(), "", "");
    }
    for (ArmsTransfer t : c.transfers()) {
      row(s, r++, t.supplier().value(), t.recipient().value(), "Arms transfer (" + t.status().key() + ")",
          t.items(), "transfer-" + t.id().value(), t.tiv().map(Figures::tiv).orElse(""),
          t.when().map(w -> w.format()).orElse(""));
    }
    widths(s, 20, 20, 26, 60, 30, 16, 20);
  }

  /** Pairs of actors taking part in the same events, in the case's order of actors. */
  private static Map<List<ActorId>, List<Event>> pairs(Case c) {
    List<ActorId> order = c.actors().stream().map(Actor::id).toList();
    Map<List<ActorId>, List<Event>> pairs = new LinkedHashMap<>();
    for (Event e : c.events()) {
      List<ActorId> ps = e.participants().stream().distinct()
          .sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).toList();
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          pairs.computeIfAbsent(List.of(ps.get(i), ps.get(j)), k -> new java.util.ArrayList<>()).add(e);
        }
      }
    }
    return pairs;
  }

  private static void row(Sheet s, int r, String... values) {
    Row row = s.createRow(r);
    for (int i = 0; i < values.length; i++) {
      if (!values[i].isEmpty()) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }

  private static void widths(Sheet s, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      s.setColumnWidth(i, chars[i] * 256);
    }
  }
}
