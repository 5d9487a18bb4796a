package org.briefkit.analysis.tradecraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.model.Case;
import org.briefkit.model.Source;

/**
 * {@code source-text-missing}: a source names a text file ({@code textFile}) that is not there,
 * so its citations go unchecked. A warning, not an error, so that a workbook or a case moved
 * away from its texts still renders; a file that is there but refused is an error, reported by
 * whoever loads the texts.
 */
final class SourceTextMissing implements TradecraftRule {
  @Override
  public String id() {
    return "source-text-missing";
  }

  @Override
  public String description() {
    return "a source names a text file that is not there, so its citations are not checked";
  }

  @Override
  public List<TradecraftWarning> check(TradecraftInput in) {
    Case c = in.aCase();
    List<TradecraftWarning> out = new ArrayList<>();
    for (int i = 0; i < c.sources().size(); i++) {
      Source s = c.sources().get(i);
      Optional<String> why = in.materials().texts().missing(s.id());
      if (why.isEmpty()) {
        continue;
      }
      long unchecked =
          in.provenance().citations().stream()
              .filter(k -> k.citation().source().equals(s.id()) && k.status() == CitationStatus.TEXT_MISSING)
              .count();
      String citations =
          unchecked == 0 ? "" : unchecked == 1 ? "; its citation goes unchecked" : "; its " + unchecked + " citations go unchecked";
      out.add(
          TradecraftWarning.at(
              id(), "/sources/" + i + "/textFile",
              "the text of source " + s.id().value() + " is missing: " + why.get() + citations));
    }
    return out;
  }
}
