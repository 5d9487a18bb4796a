package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.briefkit.model.Id;

/**
 * A short, neutral, factual sentence derived from the analysis's figures, with the figures it
 * comes from ("NATO's motivations weigh most in Cybersecurity (6 of 14 weighted points).").
 *
 * @param topic what the finding is about
 * @param text the sentence, in English
 * @param figures the numbers the sentence states or rests on
 * @param about the case elements it concerns (stakeholders, domains, actors, judgments), in the
 *     order the sentence names them
 */
public record Finding(Topic topic, String text, ImmutableList<Figure> figures, ImmutableList<Id> about) {
  /** What a finding is about; findings come in this order. */
  public enum Topic {
    /** How many motivations each stakeholder has, and where its weight lies. */
    PROFILE,
    /** Which domains and drivers the stakeholders share, or hold alone. */
    CONVERGENCE,
    /** Which third parties drive the most motivations. */
    DRIVERS,
    /** The milestones on the timeline and the gaps between them. */
    TIMELINE,
    /** The arms flows of the focus actor. */
    ARMS_FLOWS,
    /** How well the motivations and judgments are supported. */
    EVIDENCE
  }

  /** Checks the components and copies the lists. */
  public Finding {
    Objects.requireNonNull(topic, "topic must not be null");
    Objects.requireNonNull(text, "text must not be null");
    figures = ImmutableList.copyOf(figures);
    about = ImmutableList.copyOf(about);
  }
}
