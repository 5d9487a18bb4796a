package org.briefkit.model;

import com.google.common.collect.ImmutableList;
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
      List<Source> sources,
      List<Stakeholder> stakeholders,
      List<Domain> domains,
      List<Actor> actors,
      List<Motivation> motivations,
      List<Event> events,
      List<ArmsTransfer> transfers,
      List<KeyJudgment> judgments) {
    CaseIntegrity c = new CaseIntegrity();
    Set<String> sourceIds = c.unique("source", "/sources", sources, Source::id);
    Set<String> stakeholderIds =
        c.unique("stakeholder", "/stakeholders", stakeholders, Stakeholder::id);
    Set<String> domainIds = c.unique("domain", "/domains", domains, Domain::id);
    Set<String> actorIds = c.unique("actor", "/actors", actors, Actor::id);
    Set<String> motivationIds =
        c.unique("motivation", "/motivations", motivations, Motivation::id);
    c.unique("event", "/events", events, Event::id);
    c.unique("transfer", "/transfers", transfers, ArmsTransfer::id);
    c.unique("judgment", "/judgments", judgments, KeyJudgment::id);

    focus.ifPresent(f -> c.ref("/focus", "case", "focus", "actor", f, actorIds));
    for (int i = 0; i < stakeholders.size(); i++) {
      Stakeholder s = stakeholders.get(i);
      String at = "/stakeholders/" + i;
      s.actor().ifPresent(a -> c.ref(at + "/actor", "stakeholder " + s.id(), "actor", "actor", a, actorIds));
    }
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      String at = "/actors/" + i + "/affiliation";
      a.affiliation()
          .ifPresent(
              f -> {
                if (f.equals(a.id())) {
                  c.add(at, "actor " + a.id() + " cannot be affiliated with itself");
                } else {
                  c.ref(at, "actor " + a.id(), "affiliation", "actor", f, actorIds);
                }
              });
    }
    for (int i = 0; i < motivations.size(); i++) {
      Motivation m = motivations.get(i);
      String at = "/motivations/" + i;
      String who = "motivation " + m.id();
      c.ref(at + "/stakeholder", who, "stakeholder", "stakeholder", m.stakeholder(), stakeholderIds);
      c.ref(at + "/domain", who, "domain", "domain", m.domain(), domainIds);
      c.refs(at + "/drivers", who, "driver", m.drivers(), actorIds);
      c.refs(at + "/actors", who, "actor", m.actors(), actorIds);
      c.evidence(at, who, m.evidence(), sourceIds);
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      String at = "/events/" + i;
      String who = "event " + e.id();
      c.refs(at + "/participants", who, "participant", e.participants(), actorIds);
      c.evidence(at, who, e.evidence(), sourceIds);
    }
    for (int i = 0; i < transfers.size(); i++) {
      ArmsTransfer t = transfers.get(i);
      String at = "/transfers/" + i;
      String who = "transfer " + t.id();
      c.ref(at + "/supplier", who, "supplier", "actor", t.supplier(), actorIds);
      c.ref(at + "/recipient", who, "recipient", "actor", t.recipient(), actorIds);
      if (t.supplier().equals(t.recipient())) {
        c.add(at + "/recipient", who + ": supplier and recipient are both " + t.supplier());
      }
      c.refs(at + "/intermediaries", who, "intermediary", t.intermediaries(), actorIds);
      c.evidence(at, who, t.evidence(), sourceIds);
    }
    for (int i = 0; i < judgments.size(); i++) {
      KeyJudgment j = judgments.get(i);
      String at = "/judgments/" + i;
      String who = "judgment " + j.id();
      if (j.supportedBy().isEmpty()) {
        c.add(at, who + " is supported by no motivation (list at least one under supportedBy)");
      }
      c.refs(at + "/supportedBy", who, "supporting motivation", j.supportedBy(), motivationIds);
    }
    return c.problems.build();
  }

  private void add(String path, String message) {
    problems.add(new Problem(path, message));
  }

  private <T> Set<String> unique(
      String kind, String path, List<T> items, Function<T, ? extends Id> id) {
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i)).value();
      if (!seen.add(value)) {
        add(path + "/" + i + "/id", "duplicate " + kind + " id \"" + value + "\"");
      }
    }
    return seen;
  }

  private void ref(String path, String who, String field, String kind, Id ref, Set<String> known) {
    if (!known.contains(ref.value())) {
      add(
          path,
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

  private void refs(String path, String who, String field, List<? extends Id> refs, Set<String> known) {
    for (int i = 0; i < refs.size(); i++) {
      String kind = field.equals("supporting motivation") ? "motivation" : "actor";
      ref(path + "/" + i, who, field, kind, refs.get(i), known);
    }
  }

  private void evidence(String at, String who, List<Evidence> evidence, Set<String> sources) {
    for (int i = 0; i < evidence.size(); i++) {
      ref(at + "/evidence/" + i + "/source", who, "evidence source", "source", evidence.get(i).source(), sources);
    }
  }
}
