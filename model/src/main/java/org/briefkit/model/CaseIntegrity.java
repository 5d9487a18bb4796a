package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks that make a {@link Case} whole. Every problem is collected, each with the JSON
 * Pointer of the element that causes it, in the order of the case's parts.
 */
final class CaseIntegrity {
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();

  private CaseIntegrity() {}

  static ImmutableList<Problem> check(
      Optional<ActorId> focus,
      EstimativeScale scale,
      List<Source> sources,
      List<Stakeholder> stakeholders,
      List<Domain> domains,
      List<Actor> actors,
      List<Motivation> motivations,
      List<Event> events,
      List<ArmsTransfer> transfers,
      List<KeyJudgment> judgments,
      List<Assumption> assumptions,
      List<Indicator> indicators,
      int questions,
      List<AchMatrix> ach,
      List<Dataset> datasets) {
    CaseIntegrity c = new CaseIntegrity();
    Set<String> declared = c.unique("source", "/sources", sources, Source::id);
    // A dataset's id is cited as a source's, so the two share one space of ids.
    Set<String> datasetIds = c.unique("dataset", "/datasets", datasets, Dataset::id);
    for (int i = 0; i < datasets.size(); i++) {
      SourceId id = datasets.get(i).id();
      if (declared.contains(id.value())) {
        c.add(Problem.Kind.DUPLICATE_ID, "/datasets/" + i + "/id", List.of(id),
            "dataset id " + id + " is also a source's id: give the dataset an id of its own");
      }
    }
    Set<String> sourceIds = new LinkedHashSet<>(declared);
    sourceIds.addAll(datasetIds);
    Set<String> stakeholderIds =
        c.unique("stakeholder", "/stakeholders", stakeholders, Stakeholder::id);
    Set<String> domainIds = c.unique("domain", "/domains", domains, Domain::id);
    Set<String> actorIds = c.unique("actor", "/actors", actors, Actor::id);
    for (int i = 0; i < datasets.size(); i++) {
      Dataset d = datasets.get(i);
      for (int j = 0; j < d.actors().size(); j++) {
        c.ref("/datasets/" + i + "/actors/" + j, Optional.of(d.id()), "dataset " + d.id(),
            "actor name", "actor", d.actors().get(j).actor(), actorIds);
      }
    }
    Set<String> motivationIds =
        c.unique("motivation", "/motivations", motivations, Motivation::id);
    c.unique("event", "/events", events, Event::id);
    c.unique("transfer", "/transfers", transfers, ArmsTransfer::id);
    Set<String> judgmentIds = c.unique("judgment", "/judgments", judgments, KeyJudgment::id);
    Set<String> assumptionIds = c.unique("assumption", "/assumptions", assumptions, Assumption::id);
    c.unique("indicator", "/indicators", indicators, Indicator::id);
    c.unique("ACH matrix", "/ach", ach, AchMatrix::id);

    focus.ifPresent(f -> c.ref("/focus", Optional.empty(), "case", "focus", "actor", f, actorIds));
    for (int i = 0; i < stakeholders.size(); i++) {
      Stakeholder s = stakeholders.get(i);
      String at = "/stakeholders/" + i;
      s.actor().ifPresent(a -> c.ref(at + "/actor", Optional.of(s.id()), "stakeholder " + s.id(), "actor", "actor", a, actorIds));
    }
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      String at = "/actors/" + i + "/affiliation";
      a.affiliation()
          .ifPresent(
              f -> {
                if (f.equals(a.id())) {
                  c.add(Problem.Kind.SELF_REFERENCE, at, List.of(a.id()), "actor " + a.id() + " cannot be affiliated with itself");
                } else {
                  c.ref(at, Optional.of(a.id()), "actor " + a.id(), "affiliation", "actor", f, actorIds);
                }
              });
    }
    for (int i = 0; i < motivations.size(); i++) {
      Motivation m = motivations.get(i);
      String at = "/motivations/" + i;
      String who = "motivation " + m.id();
      Optional<Id> self = Optional.of(m.id());
      c.ref(at + "/stakeholder", self, who, "stakeholder", "stakeholder", m.stakeholder(), stakeholderIds);
      c.ref(at + "/domain", self, who, "domain", "domain", m.domain(), domainIds);
      c.refs(at + "/drivers", self, who, "driver", "actor", m.drivers(), actorIds);
      c.refs(at + "/actors", self, who, "actor", "actor", m.actors(), actorIds);
      c.evidence(at, self, who, m.evidence(), sourceIds);
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      String at = "/events/" + i;
      String who = "event " + e.id();
      Optional<Id> self = Optional.of(e.id());
      c.refs(at + "/participants", self, who, "participant", "actor", e.participants(), actorIds);
      c.evidence(at, self, who, e.evidence(), sourceIds);
    }
    for (int i = 0; i < transfers.size(); i++) {
      ArmsTransfer t = transfers.get(i);
      String at = "/transfers/" + i;
      String who = "transfer " + t.id();
      Optional<Id> self = Optional.of(t.id());
      c.ref(at + "/supplier", self, who, "supplier", "actor", t.supplier(), actorIds);
      c.ref(at + "/recipient", self, who, "recipient", "actor", t.recipient(), actorIds);
      if (t.supplier().equals(t.recipient())) {
        c.add(Problem.Kind.SAME_PARTIES, at + "/recipient", List.of(t.id(), t.supplier()),
            who + ": supplier and recipient are both " + t.supplier());
      }
      c.refs(at + "/intermediaries", self, who, "intermediary", "actor", t.intermediaries(), actorIds);
      c.evidence(at, self, who, t.evidence(), sourceIds);
    }
    for (int i = 0; i < judgments.size(); i++) {
      KeyJudgment j = judgments.get(i);
      String at = "/judgments/" + i;
      String who = "judgment " + j.id();
      if (j.supportedBy().isEmpty()) {
        c.add(Problem.Kind.UNSUPPORTED_JUDGMENT, at, List.of(j.id()),
            who + " is supported by no motivation (list at least one under supportedBy)");
      }
      c.refs(at + "/supportedBy", Optional.of(j.id()), who, "supporting motivation", "motivation",
          j.supportedBy(), motivationIds);
      j.likelihood().ifPresent(l -> c.inScale(at + "/likelihood", j.id(), who, l, scale));
    }
    for (int i = 0; i < assumptions.size(); i++) {
      Assumption a = assumptions.get(i);
      String at = "/assumptions/" + i;
      String who = "assumption " + a.id();
      Optional<Id> self = Optional.of(a.id());
      if (a.underpins().isEmpty()) {
        c.add(Problem.Kind.UNLINKED, at, List.of(a.id()),
            who + " underpins no judgment (list at least one under underpins)");
      }
      c.refs(at + "/underpins", self, who, "underpinned judgment", "judgment", a.underpins(), judgmentIds);
      c.evidence(at, self, who, a.evidence(), sourceIds);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Indicator n = indicators.get(i);
      String at = "/indicators/" + i;
      String who = "indicator " + n.id();
      Optional<Id> self = Optional.of(n.id());
      if (n.strengthens().isEmpty() && n.weakens().isEmpty()) {
        c.add(Problem.Kind.UNLINKED, at, List.of(n.id()),
            who + " bears on no judgment (list at least one under strengthens or weakens)");
      }
      c.refs(at + "/strengthens", self, who, "strengthened judgment", "judgment", n.strengthens(), judgmentIds);
      c.refs(at + "/weakens", self, who, "weakened judgment", "judgment", n.weakens(), judgmentIds);
      for (int k = 0; k < n.weakens().size(); k++) {
        if (n.strengthens().contains(n.weakens().get(k))) {
          c.add(Problem.Kind.CONTRADICTORY_LINK, at + "/weakens/" + k, List.of(n.id(), n.weakens().get(k)),
              who + " both strengthens and weakens judgment " + n.weakens().get(k));
        }
      }
    }
    for (int i = 0; i < ach.size(); i++) {
      c.ach("/ach/" + i, ach.get(i), questions, sourceIds, assumptionIds);
    }
    return c.problems.build();
  }

  private void ach(
      String at, AchMatrix m, int questions, Set<String> sourceIds, Set<String> assumptionIds) {
    String who = "ACH matrix " + m.id();
    if (m.question() < 1 || m.question() > questions) {
      add(Problem.Kind.NO_SUCH_QUESTION, at + "/question", List.of(m.id()),
          who + ": question " + m.question() + " is not one of the case's "
              + (questions == 0 ? "questions (it has none)" : "questions (1 to " + questions + ")"));
    }
    if (m.hypotheses().size() < 2) {
      add(Problem.Kind.TOO_FEW_HYPOTHESES, at + "/hypotheses", List.of(m.id()),
          who + " tests " + m.hypotheses().size() + " hypothesis: competing hypotheses need at least two");
    }
    unique("hypothesis", at + "/hypotheses", m.hypotheses(), Hypothesis::id);
    unique("item", at + "/items", m.items(), AchItem::id);
    for (int k = 0; k < m.items().size(); k++) {
      AchItem item = m.items().get(k);
      String it = at + "/items/" + k;
      String whoItem = who + ", item " + item.id();
      Optional<Id> self = Optional.of(item.id());
      item.source().ifPresent(s -> ref(it + "/source", self, whoItem, "source", "source", s, sourceIds));
      item.assumption().ifPresent(a -> ref(it + "/assumption", self, whoItem, "assumption", "assumption", a, assumptionIds));
      if (item.kind() == AchItemKind.EVIDENCE && item.source().isEmpty()) {
        add(Problem.Kind.MISSING_CITATION, it, List.of(item.id()),
            whoItem + " is evidence but cites no source (give source, or kind: absence)");
      }
      if (item.kind() == AchItemKind.ASSUMPTION && item.assumption().isEmpty()) {
        add(Problem.Kind.MISSING_CITATION, it, List.of(item.id()),
            whoItem + " is an assumption but names none (give assumption: an assumption id)");
      }
      if (item.ratings().size() != m.hypotheses().size()) {
        add(Problem.Kind.RATINGS_MISMATCH, it + "/ratings", List.of(item.id()),
            whoItem + " has " + item.ratings().size() + " ratings for " + m.hypotheses().size()
                + " hypotheses: give one per hypothesis, in their order ("
                + String.join(", ", m.hypotheses().stream().map(h -> h.id().value()).toList()) + ")");
      }
    }
  }

  private void inScale(String path, JudgmentId self, String who, Likelihood l, EstimativeScale scale) {
    if (scale.band(l).isEmpty()) {
      add(Problem.Kind.NOT_IN_SCALE, path, List.of(self),
          who + ": likelihood \"" + l.key() + "\" is not a row of the " + scale.id() + " scale"
              + hint(l, scale));
    }
  }

  /** Points from a term of a row ("probable") to the row's key, else suggests a near key. */
  private static String hint(Likelihood l, EstimativeScale scale) {
    String words = l.key().replace('-', ' ');
    for (EstimativeScale.Band b : scale.bands()) {
      if (b.terms().contains(words)) {
        return " (\"" + words + "\" is a term of its row " + b.key() + ": write likelihood: " + b.key() + ")";
      }
    }
    return " (" + String.join(", ", scale.keys()) + ")" + Suggestions.didYouMean(l.key(), scale.keys());
  }

  private void add(Problem.Kind kind, String path, List<? extends Id> ids, String message) {
    problems.add(new Problem(kind, path, ImmutableList.copyOf(ids), message));
  }

  private <T> Set<String> unique(
      String kind, String path, List<T> items, Function<T, ? extends Id> id) {
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i)).value();
      if (!seen.add(value)) {
        add(Problem.Kind.DUPLICATE_ID, path + "/" + i + "/id", List.of(id.apply(items.get(i))),
            "duplicate " + kind + " id \"" + value + "\"");
      }
    }
    return seen;
  }

  private void ref(
      String path, Optional<Id> self, String who, String field, String kind, Id ref, Set<String> known) {
    if (!known.contains(ref.value())) {
      List<Id> ids = new ArrayList<>();
      self.ifPresent(ids::add);
      ids.add(ref);
      add(
          Problem.Kind.UNKNOWN_REFERENCE,
          path,
          ids,
          who
              + ": "
              + field
              + " \""
              + ref.value()
              + "\" is not a known "
              + kind
              + Suggestions.didYouMean(ref.value(), known));
    }
  }

  private void refs(
      String path, Optional<Id> self, String who, String field, String kind, List<? extends Id> refs,
      Set<String> known) {
    for (int i = 0; i < refs.size(); i++) {
      ref(path + "/" + i, self, who, field, kind, refs.get(i), known);
    }
  }

  private void evidence(
      String at, Optional<Id> self, String who, List<Evidence> evidence, Set<String> sources) {
    for (int i = 0; i < evidence.size(); i++) {
      ref(at + "/evidence/" + i + "/source", self, who, "evidence source", "source",
          evidence.get(i).source(), sources);
    }
  }
}
