package org.briefkit.report.pdf.section;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.Figures;
import org.briefkit.model.Keyed;

/**
 * The mark of a row read from a dataset, after its text: " [imported: sipri-at, SIPRI AT Database
 * ID 90101; TIV 222 (not money); estimates: order date]". Empty for a row the analyst typed.
 */
final class ImportMark {
  private ImportMark() {}

  static String of(Case c, List<Evidence> evidence, Optional<BigDecimal> tiv,
      List<ArmsTransfer.Estimate> estimates) {
    return c.importedFrom(evidence).map(d -> {
      String row = evidence.stream().filter(e -> e.source().equals(d.id())).findFirst()
          .map(e -> e.text().contains(":") ? e.text().substring(0, e.text().indexOf(':')) : e.text())
          .orElse("");
      StringBuilder b = new StringBuilder(" [imported: ").append(d.id().value());
      if (!row.isEmpty()) {
        b.append(", ").append(row);
      }
      tiv.ifPresent(v -> b.append("; TIV ").append(Figures.tiv(v)).append(" (not money)"));
      if (!estimates.isEmpty()) {
        b.append("; estimates: ").append(
            estimates.stream().map(Keyed::key).map(k -> k.replace('-', ' ')).collect(Collectors.joining(", ")));
      }
      return b.append(']').toString();
    }).orElse("");
  }
}
