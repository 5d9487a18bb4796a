package org.briefkit.analysis.tradecraft;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.model.Case;

/**
 * {@code confidence-with-likelihood}: one sentence says both how confident the analyst is and
 * how likely the outcome is ("We assess with high confidence that it is likely..."). ICD 203 asks
 * that the two be kept apart, since readers merge them into one probability.
 */
final class ConfidenceWithLikelihood extends CaseRule {
  private static final Pattern CONFIDENCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?:high|moderate|low)(?:\\s+|-)confidence|(?:highly|moderately|fairly)\\s+confident"
              + "|we\\s+are\\s+confident|with\\s+confidence)(?![\\p{L}\\p{N}-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public String id() {
    return "confidence-with-likelihood";
  }

  @Override
  public String description() {
    return "one sentence of a judgment's statement holds both confidence wording and a likelihood term";
  }

  @Override
  List<TradecraftWarning> check(Case c) {
    List<TradecraftWarning> out = new ArrayList<>();
    EstimativeTerms terms = EstimativeTerms.of(c.scale());
    for (int i = 0; i < c.judgments().size(); i++) {
      String statement = c.judgments().get(i).statement();
      List<EstimativeTerms.Match> found = terms.find(statement);
      if (found.isEmpty()) {
        continue;
      }
      BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
      sentences.setText(statement);
      for (int start = sentences.first(), end = sentences.next();
          end != BreakIterator.DONE;
          start = end, end = sentences.next()) {
        Matcher confidence = CONFIDENCE.matcher(statement).region(start, end);
        if (!confidence.find()) {
          continue;
        }
        int s = start;
        int e = end;
        Optional<EstimativeTerms.Match> term =
            found.stream().filter(m -> m.offset() >= s && m.end() <= e).findFirst();
        if (term.isPresent()) {
          out.add(
              new TradecraftWarning(
                  id(), Support.judgment(i, "statement"), confidence.start(),
                  "one sentence says both how confident (\"" + confidence.group().replaceAll("\\s+", " ")
                      + "\") and how likely (" + term.get().quoted()
                      + "): state confidence and likelihood in separate sentences"));
        }
      }
    }
    return out;
  }
}
