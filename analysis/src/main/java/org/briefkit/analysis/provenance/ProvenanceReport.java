package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Case;
import org.briefkit.model.Evidence;

/**
 * Every citation of a case checked against its source's text: each item of evidence (of the
 * motivations, events, transfers and assumptions) and each ACH item of kind evidence, in the
 * order of the case, with its status and the fate of each of its quotes; and the counts the
 * brief gives ("14 of 20 citations checked against their source texts; 9 quotes verified").
 *
 * <p>Computing it takes time linear in the size of the case and its texts, each distinct
 * citation checked once: a quote is looked for in the place it cites; one not there is looked
 * for in the rest of its text to say where it is, these searches bounded for the whole report
 * (32 million characters; past that, {@link QuoteCheck.Outcome#NOT_IN_PLACE}), and the closest
 * passage of a quote found nowhere is searched for within a bound per quote (Sellers'
 * approximate matching over at most 4 million cells: the first 300 characters of the quote
 * against the first 13,000 or more characters of the place). Immutable and thread-safe.
 */
public final class ProvenanceReport {
  private final ImmutableList<CitationCheck> citations;
  private final ImmutableMap<Citation, CitationCheck> byCitation;

  private ProvenanceReport(ImmutableList<CitationCheck> citations) {
    this.citations = citations;
    Map<Citation, CitationCheck> first = new LinkedHashMap<>();
    for (CitationCheck c : citations) {
      first.putIfAbsent(c.citation(), c);
    }
    this.byCitation = ImmutableMap.copyOf(first);
  }

  /** The citations of {@code aCase} checked against {@code texts}. */
  public static ProvenanceReport of(Case aCase, SourceTexts texts) {
    return of(aCase, texts, CitationChecker.ELSEWHERE_CHARS);
  }

  /** The report, its searches outside the places cited bounded to {@code elsewhere} characters. */
  static ProvenanceReport of(Case aCase, SourceTexts texts, long elsewhere) {
    Objects.requireNonNull(aCase, "case must not be null");
    Objects.requireNonNull(texts, "texts must not be null");
    CitationChecker checker = new CitationChecker(texts, elsewhere);
    ImmutableList.Builder<CitationCheck> out = ImmutableList.builder();
    for (int i = 0; i < aCase.motivations().size(); i++) {
      evidence(checker, "/motivations/" + i, aCase.motivations().get(i).evidence(), out);
    }
    for (int i = 0; i < aCase.events().size(); i++) {
      evidence(checker, "/events/" + i, aCase.events().get(i).evidence(), out);
    }
    for (int i = 0; i < aCase.transfers().size(); i++) {
      evidence(checker, "/transfers/" + i, aCase.transfers().get(i).evidence(), out);
    }
    for (int i = 0; i < aCase.assumptions().size(); i++) {
      evidence(checker, "/assumptions/" + i, aCase.assumptions().get(i).evidence(), out);
    }
    for (int i = 0; i < aCase.ach().size(); i++) {
      AchMatrix m = aCase.ach().get(i);
      for (int k = 0; k < m.items().size(); k++) {
        AchItem item = m.items().get(k);
        if (item.kind() == AchItemKind.EVIDENCE && item.source().isPresent()) {
          add(checker, "/ach/" + i + "/items/" + k, Citation.of(item), out);
        }
      }
    }
    return new ProvenanceReport(out.build());
  }

  private static void evidence(
      CitationChecker checker, String owner, List<Evidence> evidence, ImmutableList.Builder<CitationCheck> out) {
    for (int j = 0; j < evidence.size(); j++) {
      add(checker, owner + "/evidence/" + j, Citation.of(evidence.get(j)), out);
    }
  }

  private static void add(
      CitationChecker checker, String pointer, Citation c, ImmutableList.Builder<CitationCheck> out) {
    CitationChecker.Result r = checker.check(c);
    out.add(new CitationCheck(pointer, c, r.status(), r.locatorProblem(), r.quotes()));
  }

  /** Every citation checked, in the order of the case. */
  public ImmutableList<CitationCheck> citations() {
    return citations;
  }

  /** The check of {@code evidence}, if the case cites it (equal evidence, equal check). */
  public Optional<CitationCheck> check(Evidence evidence) {
    return Optional.ofNullable(byCitation.get(Citation.of(evidence)));
  }

  /** The check of the ACH item {@code item}, if the case has it and it cites a source. */
  public Optional<CitationCheck> check(AchItem item) {
    return item.source().isEmpty() ? Optional.empty() : Optional.ofNullable(byCitation.get(Citation.of(item)));
  }

  /**
   * The status of {@code evidence}, an item of evidence of the case.
   *
   * @throws IllegalArgumentException if the case does not cite it
   */
  public CitationStatus status(Evidence evidence) {
    return check(evidence)
        .map(CitationCheck::status)
        .orElseThrow(() -> new IllegalArgumentException("evidence (" + evidence.cite() + ") is not in the case"));
  }

  /** The number of citations. */
  public int citationCount() {
    return citations.size();
  }

  /** The number of citations compared with their texts ({@link CitationStatus#isChecked()}). */
  public int checkedCount() {
    return (int) citations.stream().filter(c -> c.status().isChecked()).count();
  }

  /** The number of quotes looked for in a text. */
  public int quoteCount() {
    return citations.stream().mapToInt(c -> c.quotes().size()).sum();
  }

  /** The number of quotes found where they are cited. */
  public int verifiedQuoteCount() {
    return (int) citations.stream().flatMap(c -> c.quotes().stream()).filter(QuoteCheck::isVerified).count();
  }

  /** Reports are equal when their citations and what became of them are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ProvenanceReport r && citations.equals(r.citations);
  }

  @Override
  public int hashCode() {
    return citations.hashCode();
  }

  /** The summary, for debugging. */
  @Override
  public String toString() {
    return "ProvenanceReport[" + summary() + "]";
  }

  /** The counts in a sentence: "14 of 20 citations checked against their source texts; 9 quotes verified". */
  public String summary() {
    int n = citationCount();
    int q = verifiedQuoteCount();
    return checkedCount() + " of " + n + (n == 1 ? " citation" : " citations")
        + " checked against their source texts; " + q + (q == 1 ? " quote" : " quotes") + " verified";
  }
}
