package org.briefkit.report.pdf.section;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;
import org.briefkit.model.Figures;
import org.briefkit.model.Messages;

/**
 * The mark of a row read from a dataset, after its text: " [imported: sipri-at, SIPRI AT Database
 * ID 90101; TIV 222 (not money); estimates: order date]", in the brief's language. Empty for a
 * row the analyst typed.
 */
final class ImportMark {
  private ImportMark() {}

  static String of(Messages text, Case c, List<Evidence> evidence, Optional<BigDecimal> tiv,
      List<ArmsTransfer.Estimate> estimates) {
    return c.importedFrom(evidence).map(d -> {
      String row = evidence.stream().filter(e -> e.source().equals(d.id())).findFirst()
          .map(e -> e.text().contains(":") ? e.text().substring(0, e.text().indexOf(':')) : e.text())
          .orElse("");
      StringBuilder b = new StringBuilder(d.id().value());
      if (!row.isEmpty()) {
        b.append(", ").append(row);
      }
      tiv.ifPresent(v -> b.append(text.get("import.tiv", Figures.tiv(v))));
      if (!estimates.isEmpty()) {
        b.append(text.get("import.estimates", text.list(
            estimates.stream().map(e -> text.get("import.estimate." + e.key())).collect(Collectors.toList()))));
      }
      return text.get("import.mark", b.toString());
    }).orElse("");
  }
}
