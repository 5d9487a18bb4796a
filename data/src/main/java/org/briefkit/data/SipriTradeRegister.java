package org.briefkit.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.ArmsTransfer.Estimate;
import org.briefkit.model.Dataset;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Figures;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/**
 * The SIPRI Arms Transfers Database's trade register, as its CSV export writes it: title and note
 * lines, then a header starting with {@code SIPRI AT Database ID}, then a row per deal (or per
 * deal and delivery year). Each row kept becomes an {@link ArmsTransfer}: delivered when it
 * counts deliveries or a delivery year, else ordered; dated by its delivery year, else its order
 * date; with the TIV of its deliveries and the values SIPRI flags as estimates.
 */
final class SipriTradeRegister implements DatasetImporter {
  static final String ID = "SIPRI AT Database ID";

  /** The columns read, in the order of {@link #read}'s indexes. */
  static final List<String> COLUMNS =
      List.of(
          ID, "Supplier", "Recipient", "Designation", "Description", "Armament category",
          "Order date", "Order date is estimate", "Numbers delivered",
          "Numbers delivered is estimate", "Delivery year", "Delivery year is estimate", "Status",
          "SIPRI estimate", "TIV deal unit", "TIV delivery values", "Local production");

  @Override
  public Dataset.Format format() {
    return Dataset.Format.SIPRI;
  }

  @Override
  public String firstColumn() {
    return ID;
  }

  @Override
  public void read(CsvRows rows, Dataset d, String pointer, ActorNames names, Imports out)
      throws DatasetFileException {
    int[] c = rows.columns(COLUMNS);
    Filter suppliers = new Filter("suppliers", d.suppliers());
    Filter recipients = new Filter("recipients", d.recipients());
    for (Optional<CsvRows.Row> next = rows.next(); next.isPresent(); next = rows.next()) {
      CsvRows.Row row = next.get();
      Cells cells = new Cells(row, out);
      // Both filters see every row, so that each knows the names the file holds.
      if (!(suppliers.test(row.get(c[1])) & recipients.test(row.get(c[2])))) {
        continue;
      }
      Optional<DateSpan> ordered = cells.years(c[6], "the order date");
      Optional<DateSpan> delivered = cells.years(c[10], "the delivery year");
      Optional<DateSpan> when = delivered.isPresent() ? delivered : ordered;
      if (d.period().isPresent() && when.isPresent() && !Periods.overlap(when.get(), d.period().get())) {
        continue;
      }
      transfer(row, cells, c, ordered, delivered, when, d, names, out);
    }
    out.problems(suppliers.unmatched(pointer, d.file()));
    out.problems(recipients.unmatched(pointer, d.file()));
  }

  private static void transfer(
      CsvRows.Row row, Cells cells, int[] c, Optional<DateSpan> ordered,
      Optional<DateSpan> delivered, Optional<DateSpan> when, Dataset d, ActorNames names,
      Imports out) {
    String rowId = cells.required(c[0], "the " + ID);
    if (!rowId.isEmpty() && !rowId.matches("[A-Za-z0-9._-]{1,40}")) {
      cells.fail(c[0], "the " + ID + " (\"" + rowId + "\") must be letters, digits, '.', '_' or '-'");
    }
    Optional<ActorId> supplier = actor(cells, c[1], "supplier", names);
    Optional<ActorId> recipient = actor(cells, c[2], "recipient", names);
    String designation = cells.required(c[3], "the designation");
    String description = cells.text(c[4]);
    String category = cells.text(c[5]);
    boolean orderEstimate = cells.flag(c[7], "Order date is estimate");
    Optional<Integer> number = cells.count(c[8], "Numbers delivered");
    boolean numberEstimate = cells.flag(c[9], "Numbers delivered is estimate");
    boolean yearEstimate = cells.flag(c[11], "Delivery year is estimate");
    String status = cells.text(c[12]);
    boolean sipriEstimate = cells.flag(c[13], "SIPRI estimate");
    Optional<BigDecimal> unit = cells.decimal(c[14], "TIV deal unit");
    Optional<BigDecimal> tiv = cells.decimal(c[15], "TIV delivery values");
    boolean local = cells.flag(c[16], "Local production");
    if (supplier.isPresent() && supplier.equals(recipient)) {
      cells.fail(c[2], "the recipient is the supplier (" + supplier.get() + ")");
    }
    if (cells.bad() || supplier.isEmpty() || recipient.isEmpty()) {
      return;
    }
    String id = out.id(d.id().value() + "-" + rowId, row.at(c[0]));
    if (id.isEmpty()) {
      return;
    }
    List<Estimate> estimates = new ArrayList<>();
    if (orderEstimate && ordered.isPresent()) {
      estimates.add(Estimate.ORDER_DATE);
    }
    if (numberEstimate && number.isPresent()) {
      estimates.add(Estimate.NUMBER);
    }
    if (yearEstimate && delivered.isPresent()) {
      estimates.add(Estimate.DELIVERY_YEAR);
    }
    if (sipriEstimate && tiv.isPresent()) {
      estimates.add(Estimate.TIV);
    }
    boolean isDelivered = delivered.isPresent() || number.filter(n -> n > 0).isPresent();
    ArmsTransfer.Builder t =
        ArmsTransfer.builder(TransferId.of(id), supplier.get(), recipient.get())
            .items(items(designation, description, status, local))
            .status(isDelivered ? TransferStatus.DELIVERED : TransferStatus.ORDERED)
            .estimates(estimates)
            .evidence(
                Evidence.builder()
                    .source(d.id())
                    .kind(EvidenceKind.FACT)
                    .text(evidence(rowId, category, ordered, orderEstimate, number, numberEstimate,
                        delivered, yearEstimate, unit, tiv, sipriEstimate))
                    .build());
    when.ifPresent(t::when);
    tiv.ifPresent(t::tiv);
    out.add(t.build());
  }

  private static Optional<ActorId> actor(Cells cells, int column, String role, ActorNames names) {
    String name = cells.required(column, "the " + role);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorId> id = names.find(name);
    if (id.isEmpty()) {
      cells.fail(column, names.unknown(role, name));
    }
    return id;
  }

  /** "Sentinel-class (patrol craft; second hand; produced locally)". */
  private static String items(String designation, String description, String status, boolean local) {
    List<String> notes = new ArrayList<>();
    if (!description.isEmpty()) {
      notes.add(description);
    }
    if (!status.isEmpty() && !status.equalsIgnoreCase("new")) {
      notes.add(status.toLowerCase(java.util.Locale.ROOT));
    }
    if (local) {
      notes.add("produced locally");
    }
    return notes.isEmpty() ? designation : designation + " (" + String.join("; ", notes) + ")";
  }

  /**
   * The row as evidence: its id and what the transfer's own fields do not hold, estimates marked
   * ("SIPRI AT Database ID 41234: ships; ordered 2019 (estimate); 4 delivered 2021; TIV 12.5 per
   * unit, 50 delivered").
   */
  private static String evidence(
      String rowId, String category, Optional<DateSpan> ordered, boolean orderEstimate,
      Optional<Integer> number, boolean numberEstimate, Optional<DateSpan> delivered,
      boolean yearEstimate, Optional<BigDecimal> unit, Optional<BigDecimal> tiv,
      boolean sipriEstimate) {
    List<String> parts = new ArrayList<>();
    if (!category.isEmpty()) {
      parts.add(category.toLowerCase(java.util.Locale.ROOT));
    }
    ordered.ifPresent(o -> parts.add("ordered " + o.format() + (orderEstimate ? " (estimate)" : "")));
    if (number.isPresent() || delivered.isPresent()) {
      parts.add(
          number.map(n -> n + (numberEstimate ? " (estimate)" : "") + " ").orElse("")
              + "delivered"
              + delivered.map(y -> " " + y.format() + (yearEstimate ? " (estimate)" : "")).orElse(""));
    } else {
      parts.add("none delivered yet");
    }
    List<String> values = new ArrayList<>();
    unit.ifPresent(u -> values.add(Figures.tiv(u) + " per unit"));
    tiv.ifPresent(t -> values.add(Figures.tiv(t) + " delivered"));
    if (!values.isEmpty()) {
      parts.add("TIV " + String.join(", ", values) + (sipriEstimate ? " (SIPRI estimate)" : ""));
    }
    return ID + " " + rowId + ": " + String.join("; ", parts);
  }
}
