package org.briefkit.report.pdf.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefkit.analysis.provenance.CitationCheck;
import org.briefkit.analysis.provenance.CitationStatus;
import org.briefkit.analysis.provenance.ProvenanceReport;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Messages;

/**
 * What the check of a case's citations against its sources' texts came to, in words for the
 * coverage annex: "41 of 62 citations were checked against the texts of their sources: 38 places
 * found, 7 quotes verified; 21 cite sources without a text."
 *
 * @param text the sentences
 * @param problems how many citations their texts contradict: a place or a quote not found
 */
record ProvenanceSummary(String text, int problems) {

  /** The rules whose warnings list the citations that their texts contradict. */
  private static final List<String> PROBLEM_RULES = List.of("locator-not-found", "quote-not-found");

  /**
   * Whether any source's text was read (or looked for) when the citations were checked: else
   * every citation has {@link CitationStatus#NO_TEXT}, and the brief says nothing of texts.
   */
  static boolean textsRead(ProvenanceReport report) {
    return report.citations().stream().anyMatch(c -> c.status() != CitationStatus.NO_TEXT);
  }

  /** The summary of {@code report}; {@code warnings} say whether the tradecraft annex lists the problems. */
  static ProvenanceSummary of(Messages t, ProvenanceReport report, List<TradecraftWarning> warnings) {
    int n = report.citationCount();
    int checked = report.checkedCount();
    int places = 0;
    int placesMissing = 0;
    int noText = 0;
    int textMissing = 0;
    int nothing = 0;
    int problems = 0;
    boolean marked = false;
    for (CitationCheck c : report.citations()) {
      CitationStatus st = c.status();
      switch (st) {
        case LOCATOR_FOUND -> places++;
        case QUOTES_VERIFIED, QUOTE_NOT_FOUND -> places += c.citation().locator().isPresent() ? 1 : 0;
        case LOCATOR_NOT_FOUND -> placesMissing++;
        case NO_TEXT -> noText++;
        case TEXT_MISSING -> textMissing++;
        case NOTHING_TO_CHECK -> nothing++;
      }
      problems += st.isProblem() ? 1 : 0;
      marked |= st == CitationStatus.QUOTES_VERIFIED;
    }
    String of = where(t, report).map(w -> t.get("provenance.where", w)).orElse("");
    StringBuilder b = new StringBuilder();
    String subject;
    if (n == 1) {
      subject = t.get(checked == 1 ? "provenance.one.checked" : "provenance.one.unchecked", of);
    } else if (checked == n) {
      subject = t.get("provenance.all", n, of);
    } else if (checked == 0) {
      subject = t.get("provenance.none", n, of);
    } else {
      subject = t.get(checked == 1 ? "provenance.some.one" : "provenance.some.other", checked, n, of);
    }
    b.append(subject);
    List<String> found = new ArrayList<>();
    if (places > 0) {
      found.add(t.count(places, "provenance.placesFound"));
    }
    if (placesMissing > 0) {
      found.add(t.count(placesMissing, "provenance.placesMissing"));
    }
    int quotes = report.quoteCount();
    int verified = report.verifiedQuoteCount();
    if (quotes > 0) {
      found.add(verified == quotes
          ? t.count(quotes, "provenance.quotesVerified")
          : t.get(quotes == 1 ? "provenance.quotesVerifiedOf.one" : "provenance.quotesVerifiedOf.other", verified, quotes));
    }
    if (checked > 0 && !found.isEmpty()) {
      b.append(": ").append(String.join(", ", found));
    }
    List<String> unchecked = new ArrayList<>();
    if (noText > 0) {
      unchecked.add(t.count(noText, "provenance.noText"));
    }
    if (textMissing > 0) {
      unchecked.add(t.count(textMissing, "provenance.textMissing"));
    }
    if (nothing > 0) {
      unchecked.add(t.count(nothing, "provenance.nothing"));
    }
    if (!unchecked.isEmpty()) {
      b.append("; ").append(String.join(", ", unchecked));
    }
    b.append('.');
    if (problems > 0) {
      boolean listed = warnings.stream().anyMatch(w -> PROBLEM_RULES.contains(w.rule()));
      b.append(' ').append(listed
          ? t.get("provenance.listed", t.get("annex.tradecraft.short"), t.count(problems, "provenance.problems"))
          : t.count(problems, "provenance.mismatch"));
    }
    if (marked) {
      b.append(' ').append(t.get("provenance.mark", Citations.VERIFIED));
    }
    return new ProvenanceSummary(b.toString(), problems);
  }

  /**
   * Where the citations are, when not all in the motivations' evidence that the coverage table
   * counts: "motivations, events, transfers, assumptions and competing hypotheses".
   */
  private static Optional<String> where(Messages t, ProvenanceReport report) {
    Set<String> cited = new LinkedHashSet<>();
    for (String list : List.of("motivations", "events", "transfers", "assumptions", "ach")) {
      if (report.citations().stream().anyMatch(c -> c.pointer().startsWith("/" + list + "/"))) {
        cited.add(list);
      }
    }
    if (cited.isEmpty() || cited.equals(Set.of("motivations"))) {
      return Optional.empty();
    }
    return Optional.of(t.list(cited.stream().map(l -> t.get("provenance.in." + l)).toList()));
  }
}
