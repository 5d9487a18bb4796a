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
  static ProvenanceSummary of(ProvenanceReport report, List<TradecraftWarning> warnings) {
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
    String of = where(report).map(w -> " (" + w + ")").orElse("");
    StringBuilder b = new StringBuilder();
    if (n == 1) {
      b.append("The one citation").append(of).append(checked == 1 ? " was" : " was not");
    } else if (checked == n) {
      b.append("All ").append(n).append(" citations").append(of).append(" were");
    } else if (checked == 0) {
      b.append("None of the ").append(n).append(" citations").append(of).append(" was");
    } else {
      b.append(checked).append(" of ").append(n).append(" citations").append(of).append(checked == 1 ? " was" : " were");
    }
    b.append(n == 1 ? " checked against the text of its source" : " checked against the texts of their sources");
    List<String> found = new ArrayList<>();
    if (places > 0) {
      found.add(places + (places == 1 ? " place found" : " places found"));
    }
    if (placesMissing > 0) {
      found.add(placesMissing + (placesMissing == 1 ? " place not found" : " places not found"));
    }
    int quotes = report.quoteCount();
    int verified = report.verifiedQuoteCount();
    if (quotes > 0) {
      found.add((verified == quotes ? Integer.toString(verified) : verified + " of " + quotes)
          + (quotes == 1 ? " quote verified" : " quotes verified"));
    }
    if (checked > 0 && !found.isEmpty()) {
      b.append(": ").append(String.join(", ", found));
    }
    List<String> unchecked = new ArrayList<>();
    if (noText > 0) {
      unchecked.add(noText + (noText == 1 ? " cites a source without a text" : " cite sources without a text"));
    }
    if (textMissing > 0) {
      unchecked.add(textMissing
          + (textMissing == 1 ? " cites a source whose text file is missing" : " cite sources whose text files are missing"));
    }
    if (nothing > 0) {
      unchecked.add(nothing + (nothing == 1 ? " gives" : " give") + " neither a place nor a quote to check");
    }
    if (!unchecked.isEmpty()) {
      b.append("; ").append(String.join(", ", unchecked));
    }
    b.append('.');
    if (problems > 0) {
      boolean listed = warnings.stream().anyMatch(w -> PROBLEM_RULES.contains(w.rule()));
      String what = problems == 1 ? "the citation that does not match its text" : "the " + problems + " citations that do not match their texts";
      b.append(' ').append(listed
          ? "The tradecraft check (" + annex() + ") lists " + what + "."
          : (problems == 1 ? "One citation does not match its text." : problems + " citations do not match their texts."));
    }
    if (marked) {
      b.append(' ').append(Citations.VERIFIED)
          .append(" marks a citation whose quoted words were found in the cited place of the source's text.");
    }
    return new ProvenanceSummary(b.toString(), problems);
  }

  /**
   * Where the citations are, when not all in the motivations' evidence that the coverage table
   * counts: "of motivations, events, transfers, assumptions and competing hypotheses".
   */
  private static Optional<String> where(ProvenanceReport report) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("motivations", "motivations");
    names.put("events", "events");
    names.put("transfers", "transfers");
    names.put("assumptions", "assumptions");
    names.put("ach", "competing hypotheses");
    Set<String> cited = new LinkedHashSet<>();
    for (String list : names.keySet()) {
      if (report.citations().stream().anyMatch(c -> c.pointer().startsWith("/" + list + "/"))) {
        cited.add(names.get(list));
      }
    }
    if (cited.isEmpty() || cited.equals(Set.of("motivations"))) {
      return Optional.empty();
    }
    List<String> in = List.copyOf(cited);
    return Optional.of("of " + (in.size() == 1 ? in.get(0)
        : String.join(", ", in.subList(0, in.size() - 1)) + " and " + in.get(in.size() - 1)));
  }

  /** "Annex E", as the tradecraft annex is headed. */
  private static String annex() {
    return TradecraftAnnex.TITLE.substring(0, TradecraftAnnex.TITLE.indexOf('.'));
  }
}
