package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks citations against their sources' texts, each distinct citation once. Not thread-safe:
 * one checker makes one report.
 *
 * <p>A quote is looked for in the place cited, its parts in order (time linear in the place).
 * When not there, the rest of its text is searched, block by block, to say where it is (linear
 * in the text); these searches scan at most {@value #ELSEWHERE_CHARS} normalised characters in
 * all, so that a case with a great many misplaced quotes in long texts still takes time linear
 * in its size: past that, a quote not in its place is {@link QuoteCheck.Outcome#NOT_IN_PLACE}.
 * When a quote is nowhere, the closest passage of the place is found within {@link
 * ClosestPassage}'s bound.
 */
final class CitationChecker {
  /** The longest passage quoted in a message, in characters, before it is cut with an ellipsis. */
  static final int SHOWN_PASSAGE = 60;

  /**
   * The most normalised characters scanned, for one report, to find quotes outside the places
   * they cite: four passes over a text of 8 MiB, or thousands over an article.
   */
  static final long ELSEWHERE_CHARS = 32_000_000L;

  /** What a citation's check found, apart from where the citation is. */
  record Result(CitationStatus status, Optional<String> locatorProblem, ImmutableList<QuoteCheck> quotes) {}

  private final SourceTexts texts;
  private final Map<Citation, Result> done = new HashMap<>();
  private long elsewhereLeft;

  CitationChecker(SourceTexts texts) {
    this(texts, ELSEWHERE_CHARS);
  }

  /** A checker whose searches outside the places cited scan at most {@code elsewhere} characters. */
  CitationChecker(SourceTexts texts, long elsewhere) {
    this.texts = texts;
    this.elsewhereLeft = elsewhere;
  }

  Result check(Citation c) {
    return done.computeIfAbsent(c, this::compute);
  }

  private Result compute(Citation c) {
    Optional<SourceText> found = texts.text(c.source());
    if (found.isEmpty()) {
      CitationStatus s = texts.missing(c.source()).isPresent() ? CitationStatus.TEXT_MISSING : CitationStatus.NO_TEXT;
      return new Result(s, Optional.empty(), ImmutableList.of());
    }
    SourceText t = found.get();
    ImmutableList<Quote> quotes = Quotes.in(c.text());
    Passage place = c.locator().map(t::passage).orElseGet(t::whole);
    ImmutableList.Builder<QuoteCheck> checks = ImmutableList.builder();
    if (!place.isSearchable()) {
      for (Quote q : quotes) {
        checks.add(check(t, q, Optional.empty()));
      }
      return new Result(CitationStatus.LOCATOR_NOT_FOUND, Optional.of(place.why()), checks.build());
    }
    boolean whole = c.locator().isEmpty() || place.outcome() == Passage.Outcome.NOT_CHECKABLE;
    boolean allVerified = true;
    for (Quote q : quotes) {
      QuoteCheck qc = check(t, q, Optional.of(whole ? t.whole() : place));
      allVerified &= qc.isVerified();
      checks.add(qc);
    }
    CitationStatus status =
        !allVerified
            ? CitationStatus.QUOTE_NOT_FOUND
            : !quotes.isEmpty()
                ? CitationStatus.QUOTES_VERIFIED
                : whole ? CitationStatus.NOTHING_TO_CHECK : CitationStatus.LOCATOR_FOUND;
    return new Result(status, Optional.empty(), checks.build());
  }

  /**
   * The check of {@code q} in {@code place}: verified if its parts are there in order; else
   * found elsewhere if one block outside the place holds them all in order (the first such
   * block); else not found, with the passage of the place closest to the first part that does
   * not fit. Without a place (its locator is not in the text), the quote is only looked for
   * block by block.
   */
  private QuoteCheck check(SourceText t, Quote q, Optional<Passage> place) {
    List<String> parts = q.parts().stream().filter(p -> !Normalized.key(p).isEmpty()).toList();
    List<Needle> needles = parts.stream().map(p -> Needle.of(Normalized.key(p))).toList();
    int from = place.map(Passage::from).orElse(0);
    int to = place.map(Passage::to).orElse(0);
    int failed = unfit(t.keys(), needles, from, to);
    if (failed < 0) {
      return new QuoteCheck(q, QuoteCheck.Outcome.VERIFIED, Optional.empty(), Optional.empty(), Optional.empty());
    }
    Optional<String> unmatched = Optional.of(parts.get(failed));
    QuoteCheck.Outcome outcome = QuoteCheck.Outcome.NOT_FOUND;
    if (from > 0 || to < t.blocks().size()) {
      if (elsewhereLeft >= t.length()) {
        elsewhereLeft -= t.length();
        for (int b = 0; b < t.blocks().size(); b++) {
          if ((b < from || b >= to) && unfit(t.keys(), needles, b, b + 1) < 0) {
            return new QuoteCheck(q, QuoteCheck.Outcome.ELSEWHERE, Optional.of(t.place(b)), unmatched, Optional.empty());
          }
        }
      } else {
        outcome = QuoteCheck.Outcome.NOT_IN_PLACE;
      }
    }
    Passage searched = place.orElseGet(t::whole);
    Optional<QuoteCheck.Closest> closest =
        ClosestPassage.in(t.keys(), searched.from(), searched.to(), needles.get(failed).key())
            .map(m -> new QuoteCheck.Closest(passage(t, m), t.place(m.block())));
    return new QuoteCheck(q, outcome, Optional.empty(), unmatched, closest);
  }

  /**
   * Whether {@code parts} occur in order in blocks {@code from} to {@code to}, each looked for
   * from where the one before ended: -1 if they do, else the index of the first part that does
   * not. Each part's search goes on from where the last stopped, so the whole takes time linear
   * in the blocks searched.
   */
  private static int unfit(List<String> keys, List<Needle> parts, int from, int to) {
    int b = from;
    int at = 0;
    for (int k = 0; k < parts.size(); k++) {
      Needle n = parts.get(k);
      int found = -1;
      while (b < to) {
        found = n.find(keys.get(b), at);
        if (found >= 0) {
          break;
        }
        b++;
        at = 0;
      }
      if (found < 0) {
        return k;
      }
      at = found + n.length();
    }
    return -1;
  }

  /** The passage of a match as the text writes it, whole words, shortened for a message. */
  private static String passage(SourceText t, ClosestPassage.Match m) {
    String text = t.blocks().get(m.block()).text();
    Normalized n = Normalized.of(text);
    int start = n.origin(m.start());
    int last = n.origin(Math.max(m.start(), m.end() - 1));
    int end = last + Character.charCount(text.codePointAt(last));
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return Quotes.shown(text.substring(start, end), SHOWN_PASSAGE);
  }
}
