package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.CaseId;
import org.briefkit.model.Colour;
import org.briefkit.model.Confidence;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.InvalidCaseException;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Keyed;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Problem;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.Suggestions;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;
import org.briefkit.model.io.Format.Shape;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Pos;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Seq;
import org.briefkit.model.io.Tree.Type;

/**
 * Turns a {@link Tree} into a {@link Case}, reporting every problem at the node that causes
 * it. Each element is checked key by key; an element with a problem is left out, and the
 * integrity problems its absence would cause (references to its id) are not reported twice.
 * The case's own integrity problems carry JSON Pointers, which are located in the tree.
 */
final class CaseDecoder {
  /** Texts that may be empty; every other text must have some non-blank content. */
  private static final ImmutableSet<String> MAY_BE_EMPTY =
      ImmutableSet.of("description", "rationale", "significance", "summary");

  private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final Problems problems;
  private final Set<String> failedIds = new HashSet<>();
  /** For each top-level list, the file index of each element that made it into the case. */
  private final Map<String, List<Integer>> kept = new HashMap<>();

  private CaseDecoder(Problems problems) {
    this.problems = problems;
  }

  /** Decodes {@code root}; returns the case, or empty when {@code problems} has grown. */
  static Optional<Case> decode(Node root, Problems problems) {
    return new CaseDecoder(problems).decodeCase(root);
  }

  private Optional<Case> decodeCase(Node root) {
    if (!(root instanceof Tree.Map map)) {
      if (root instanceof Scalar s && s.isNull()) {
        problems.add(root.pos(), "the file holds no case: a case file is a YAML mapping with at least id and title");
      } else {
        problems.add(root.pos(), "a case file must be a mapping of keys to values, not " + root.describe());
      }
      return Optional.empty();
    }
    Rec r = new Rec(map, Format.CASE);
    r.value("briefkit").ifPresent(this::version);
    CaseId id = r.id("id", CaseId::of);
    String title = r.text("title");
    Optional<String> subtitle = r.optText("subtitle");
    ImmutableList<String> questions = r.texts("questions");
    ImmutableList<String> authors = r.texts("authors");
    Optional<String> organisation = r.optText("organisation");
    Optional<PartialDate> asOf = r.optDate("asOf");
    Optional<String> marking = r.optText("marking");
    String language = r.optText("language").orElse("en");
    String summary = r.optText("summary").orElse("");
    Optional<ActorId> focus = r.optId("focus", ActorId::of);
    ImmutableList<Source> sources = topList(r, "sources", this::source);
    ImmutableList<Stakeholder> stakeholders = topList(r, "stakeholders", this::stakeholder);
    ImmutableList<Domain> domains = topList(r, "domains", this::domain);
    ImmutableList<Actor> actors = topList(r, "actors", this::actor);
    ImmutableList<Motivation> motivations = topList(r, "motivations", this::motivation);
    ImmutableList<Event> events = topList(r, "events", this::event);
    ImmutableList<ArmsTransfer> transfers = topList(r, "transfers", this::transfer);
    ImmutableList<KeyJudgment> judgments = topList(r, "judgments", this::judgment);
    try {
      // Built even when the top level has problems, with stand-ins for what is missing, so
      // that the integrity problems of the rest are reported in the same run.
      Case c =
          new Case(
              id == null ? CaseId.of("case") : id,
              title == null ? "untitled" : title,
              subtitle,
              questions,
              authors,
              organisation,
              asOf,
              marking,
              language,
              summary,
              focus,
              sources,
              stakeholders,
              domains.isEmpty() ? Domain.defaults() : domains,
              actors,
              motivations,
              events,
              transfers,
              judgments);
      return problems.isEmpty() ? Optional.of(c) : Optional.empty();
    } catch (InvalidCaseException e) {
      for (Problem p : e.problems()) {
        integrity(map, p);
      }
    } catch (IllegalArgumentException e) {
      problems.add(map.pos(), e.getMessage());
    }
    return Optional.empty();
  }

  private void version(Node node) {
    if (node instanceof Scalar s && s.type() == Type.INT && s.value().equals(Integer.toString(Format.VERSION))) {
      return;
    }
    String shown = node instanceof Scalar s ? s.value() : node.describe();
    problems.add(
        node.pos(),
        "briefkit (" + shown + ") must be " + Format.VERSION + ", the format version this BriefKit reads");
  }

  /** Locates an integrity problem at the node its path names, unless it only echoes an earlier one. */
  private void integrity(Tree.Map root, Problem p) {
    Node node = root;
    String[] parts = p.path().split("/");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].replace("~1", "/").replace("~0", "~");
      Optional<Node> next = Optional.empty();
      if (node instanceof Tree.Map m) {
        next = m.get(part);
      } else if (node instanceof Seq s && part.matches("[0-9]+")) {
        int index = Integer.parseInt(part);
        if (i == 2 && kept.containsKey(parts[1])) {
          List<Integer> k = kept.get(parts[1]);
          index = index < k.size() ? k.get(index) : -1;
        }
        if (index >= 0 && index < s.items().size()) {
          next = Optional.of(s.items().get(index));
        }
      }
      if (next.isEmpty()) {
        break;
      }
      node = next.get();
    }
    if (node instanceof Scalar s
        && failedIds.contains(s.value())
        && !p.path().endsWith("/id")) {
      return;
    }
    problems.add(node.pos(), p.message() + firstGiven(root, p, node));
  }

  /** For a duplicate id, where the id was first given: " (first given at line 4)". */
  private static String firstGiven(Tree.Map root, Problem p, Node duplicate) {
    String[] parts = p.path().split("/");
    if (!(parts.length == 4 && parts[3].equals("id") && p.message().startsWith("duplicate ")
        && duplicate instanceof Scalar id)) {
      return "";
    }
    Optional<Node> list = root.get(parts[1]);
    if (list.isEmpty() || !(list.get() instanceof Seq seq)) {
      return "";
    }
    for (Node item : seq.items()) {
      if (item instanceof Tree.Map m
          && m.get("id").orElse(null) instanceof Scalar s
          && s.value().equals(id.value())
          && !s.pos().equals(id.pos())) {
        return " (first given at line " + s.pos().line() + ")";
      }
    }
    return "";
  }

  private <T> ImmutableList<T> topList(Rec r, String key, Function<Tree.Map, Optional<T>> item) {
    List<Integer> indexes = new ArrayList<>();
    ImmutableList<T> items = r.records(key, item, indexes);
    kept.put(key, indexes);
    return items;
  }

  private Optional<Source> source(Tree.Map m) {
    Rec r = new Rec(m, Format.SOURCE);
    SourceId id = r.id("id", SourceId::of);
    String title = r.text("title");
    ImmutableList<String> authors = r.texts("authors");
    Optional<String> publisher = r.optText("publisher");
    Optional<PartialDate> date = r.optDate("date");
    Optional<String> url = r.optText("url");
    Optional<LocalDate> accessed = r.optFullDate("accessed");
    return r.build(() -> new Source(id, title, authors, publisher, date, url, accessed));
  }

  private Optional<Stakeholder> stakeholder(Tree.Map m) {
    Rec r = new Rec(m, Format.STAKEHOLDER);
    StakeholderId id = r.id("id", StakeholderId::of);
    String name = r.text("name");
    Optional<String> shortName = r.optText("shortName");
    String question = r.text("question");
    StakeholderKind kind = r.optEnum("kind", StakeholderKind.class).orElse(StakeholderKind.STATE);
    Optional<Colour> colour = r.optParsed("colour", Colour::parse);
    Optional<ActorId> actor = r.optId("actor", ActorId::of);
    return r.build(
        () ->
            new Stakeholder(
                id, name, shortName.orElse(name), question, kind, colour, actor));
  }

  private Optional<Domain> domain(Tree.Map m) {
    Rec r = new Rec(m, Format.DOMAIN);
    DomainId id = r.id("id", DomainId::of);
    String label = r.text("label");
    String description = r.optText("description").orElse("");
    Instrument instrument = r.enumValue("instrument", Instrument.class);
    return r.build(() -> new Domain(id, label, description, instrument));
  }

  private Optional<Actor> actor(Tree.Map m) {
    Rec r = new Rec(m, Format.ACTOR);
    ActorId id = r.id("id", ActorId::of);
    String name = r.text("name");
    Optional<String> localName = r.optText("localName");
    ActorKind kind = r.enumValue("kind", ActorKind.class);
    Optional<String> role = r.optText("role");
    Optional<ActorId> affiliation = r.optId("affiliation", ActorId::of);
    Optional<String> country = r.optText("country");
    return r.build(() -> new Actor(id, name, localName, kind, role, affiliation, country));
  }

  private Optional<Motivation> motivation(Tree.Map m) {
    Rec r = new Rec(m, Format.MOTIVATION);
    MotivationId id = r.id("id", MotivationId::of);
    StakeholderId stakeholder = r.id("stakeholder", StakeholderId::of);
    DomainId domain = r.id("domain", DomainId::of);
    String claim = r.text("claim");
    String rationale = r.optText("rationale").orElse("");
    Salience salience = r.optEnum("salience", Salience.class).orElse(Salience.SECONDARY);
    ImmutableList<ActorId> drivers = r.ids("drivers", ActorId::of);
    ImmutableList<ActorId> actors = r.ids("actors", ActorId::of);
    ImmutableList<Evidence> evidence = r.records("evidence", this::evidence, new ArrayList<>());
    return r.build(
        () ->
            new Motivation(
                id, stakeholder, domain, claim, rationale, salience, drivers, actors, evidence));
  }

  private Optional<Evidence> evidence(Tree.Map m) {
    Rec r = new Rec(m, Format.EVIDENCE);
    SourceId source = r.id("source", SourceId::of);
    Optional<Locator> locator = r.optParsed("locator", Locator::parse);
    String text = r.text("text");
    EvidenceKind kind = r.optEnum("kind", EvidenceKind.class).orElse(EvidenceKind.ASSESSMENT);
    return r.build(() -> new Evidence(source, locator, text, kind));
  }

  private Optional<Event> event(Tree.Map m) {
    Rec r = new Rec(m, Format.EVENT);
    EventId id = r.id("id", EventId::of);
    Optional<DateSpan> when = r.optSpan("when");
    String title = r.text("title");
    EventKind kind = r.enumValue("kind", EventKind.class);
    ImmutableList<ActorId> participants = r.ids("participants", ActorId::of);
    Optional<String> location = r.optText("location");
    String significance = r.optText("significance").orElse("");
    ImmutableList<String> tags = r.tags("tags");
    ImmutableList<Evidence> evidence = r.records("evidence", this::evidence, new ArrayList<>());
    return r.build(
        () ->
            new Event(
                id, when, title, kind, participants, location, significance,
                ImmutableSet.copyOf(tags), evidence));
  }

  private Optional<ArmsTransfer> transfer(Tree.Map m) {
    Rec r = new Rec(m, Format.TRANSFER);
    TransferId id = r.id("id", TransferId::of);
    ActorId supplier = r.id("supplier", ActorId::of);
    ActorId recipient = r.id("recipient", ActorId::of);
    String items = r.text("items");
    TransferStatus status = r.optEnum("status", TransferStatus.class).orElse(TransferStatus.DELIVERED);
    ImmutableList<ActorId> intermediaries = r.ids("intermediaries", ActorId::of);
    Optional<DateSpan> when = r.optSpan("when");
    ImmutableList<Evidence> evidence = r.records("evidence", this::evidence, new ArrayList<>());
    return r.build(
        () ->
            new ArmsTransfer(
                id, supplier, recipient, items, status, intermediaries, when, evidence));
  }

  private Optional<KeyJudgment> judgment(Tree.Map m) {
    Rec r = new Rec(m, Format.JUDGMENT);
    JudgmentId id = r.id("id", JudgmentId::of);
    String statement = r.text("statement");
    Confidence confidence = r.enumValue("confidence", Confidence.class);
    Optional<Likelihood> likelihood = r.optEnum("likelihood", Likelihood.class);
    ImmutableList<MotivationId> supportedBy = r.ids("supportedBy", MotivationId::of);
    return r.build(() -> new KeyJudgment(id, statement, confidence, likelihood, supportedBy));
  }

  /**
   * One mapping being decoded as a {@link Shape}. Creating it reports unknown and missing
   * keys; its getters report bad values at the value and return null (or empty) for them.
   */
  private final class Rec {
    private final Tree.Map map;
    private final Shape shape;
    private final int before;

    Rec(Tree.Map map, Shape shape) {
      this.map = map;
      this.shape = shape;
      this.before = problems.count();
      for (Tree.Entry e : map.entries()) {
        String key = e.key().value();
        if (shape.field(key).isEmpty()) {
          problems.add(
              e.key().pos(),
              "unknown field \"" + key + "\" in " + shape.name() + Suggestions.didYouMean(key, shape.names()));
        }
      }
      for (Format.Field f : shape.fields()) {
        if (!f.required()) {
          continue;
        }
        Optional<Node> v = map.get(f.name());
        if (v.isEmpty()) {
          problems.add(map.pos(), who() + " is missing required field \"" + f.name() + "\"");
        } else if (v.get() instanceof Scalar s && s.isNull()) {
          problems.add(v.get().pos(), f.name() + " must not be empty");
        }
      }
    }

    /** The element, for messages: {@code stakeholder "nato"}, or just its kind without an id. */
    private String who() {
      if (shape == Format.CASE) {
        return "the case";
      }
      return map.get("id")
          .filter(n -> n instanceof Scalar s && s.type() == Type.TEXT && !s.value().isBlank())
          .map(n -> shape.name() + " \"" + ((Scalar) n).value() + "\"")
          .orElse(shape.name());
    }

    /** The value of {@code key}, unless absent or null. */
    Optional<Node> value(String key) {
      return map.get(key).filter(n -> !(n instanceof Scalar s && s.isNull()));
    }

    boolean ok() {
      return problems.count() == before;
    }

    <T> Optional<T> build(Supplier<T> constructor) {
      if (ok()) {
        try {
          return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
          problems.add(locate(e.getMessage()), e.getMessage());
        }
      }
      map.get("id")
          .filter(n -> n instanceof Scalar)
          .ifPresent(n -> failedIds.add(((Scalar) n).value()));
      return Optional.empty();
    }

    /** Where a model message such as {@code country ("XX") must be...} belongs. */
    private Pos locate(String message) {
      for (Format.Field f : shape.fields()) {
        if (message.startsWith(f.name() + " (")) {
          return map.get(f.name()).map(Node::pos).orElse(map.pos());
        }
      }
      return map.pos();
    }

    /** The text of {@code node}, or null after reporting why it is not text. */
    private String asText(String key, Node node) {
      if (node instanceof Scalar s && s.type() == Type.TEXT) {
        if (!MAY_BE_EMPTY.contains(key) && s.value().isBlank()) {
          problems.add(node.pos(), key + " must not be blank");
          return null;
        }
        return s.value();
      }
      if (node instanceof Scalar s && s.type() != Type.NULL) {
        problems.add(
            node.pos(),
            key + " must be text, not " + s.describe() + " (quote it: \"" + s.value() + "\")");
      } else {
        problems.add(node.pos(), key + " must be text, not " + node.describe());
      }
      return null;
    }

    String text(String key) {
      return value(key).map(n -> asText(key, n)).orElse(null);
    }

    Optional<String> optText(String key) {
      return value(key).map(n -> asText(key, n));
    }

    <T> T parsed(String key, Node node, Function<String, T> parse, boolean prefix) {
      String text = asText(key, node);
      if (text == null) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        String m = e.getMessage();
        problems.add(node.pos(), prefix && !m.startsWith(key + " (") ? key + ": " + m : m);
        return null;
      }
    }

    <T> Optional<T> optParsed(String key, Function<String, T> parse) {
      return value(key).map(n -> parsed(key, n, parse, true));
    }

    <T> T id(String key, Function<String, T> of) {
      return value(key).map(n -> parsed(key, n, of, false)).orElse(null);
    }

    <T> Optional<T> optId(String key, Function<String, T> of) {
      return value(key).map(n -> parsed(key, n, of, false));
    }

    /** A date: text, or a bare year that YAML reads as a number. */
    private <T> Optional<T> date(String key, Function<String, T> parse) {
      return value(key)
          .map(
              n -> {
                if (n instanceof Scalar s && s.type() == Type.INT) {
                  return parsed(key, new Scalar(s.value(), Type.TEXT, s.pos()), parse, true);
                }
                if (n instanceof Scalar s && s.type() != Type.TEXT) {
                  problems.add(n.pos(), key + " must be a date such as 2022-06-29, not " + s.describe());
                  return null;
                }
                return parsed(key, n, parse, true);
              });
    }

    Optional<PartialDate> optDate(String key) {
      return date(key, PartialDate::parse);
    }

    Optional<DateSpan> optSpan(String key) {
      return date(key, DateSpan::parse);
    }

    Optional<LocalDate> optFullDate(String key) {
      return date(
          key,
          text -> {
            PartialDate d = PartialDate.parse(text);
            if (d.precision() != PartialDate.Precision.DAY) {
              throw new IllegalArgumentException(
                  key + " (\"" + text + "\") must be a full date, YYYY-MM-DD");
            }
            return d.earliest();
          });
    }

    private <E extends Enum<E> & Keyed> E parseEnum(String key, Class<E> type, String text) {
      try {
        return Keyed.parse(type, key, text);
      } catch (IllegalArgumentException e) {
        List<String> keys = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          keys.add(c.key());
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        throw new IllegalArgumentException(e.getMessage() + Suggestions.didYouMean(wanted, keys), e);
      }
    }

    <E extends Enum<E> & Keyed> E enumValue(String key, Class<E> type) {
      return optEnum(key, type).orElse(null);
    }

    <E extends Enum<E> & Keyed> Optional<E> optEnum(String key, Class<E> type) {
      // A number or boolean where a key is expected gets the list of keys, not a hint to quote it.
      return value(key)
          .map(n -> n instanceof Scalar s ? new Scalar(s.value(), Type.TEXT, s.pos()) : n)
          .map(n -> parsed(key, n, t -> parseEnum(key, type, t), false));
    }

    /** The items of a list, or empty after reporting that the value is not a list. */
    private List<Node> items(String key) {
      Optional<Node> v = value(key);
      if (v.isEmpty()) {
        return List.of();
      }
      if (v.get() instanceof Seq s) {
        return s.items();
      }
      problems.add(v.get().pos(), key + " must be a list, not " + v.get().describe());
      return List.of();
    }

    ImmutableList<String> texts(String key) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (Node n : items(key)) {
        String t = asText(key + " item", n);
        if (t != null) {
          b.add(t);
        }
      }
      return b.build();
    }

    <T> ImmutableList<T> ids(String key, Function<String, T> of) {
      ImmutableList.Builder<T> b = ImmutableList.builder();
      for (Node n : items(key)) {
        T t = parsed(key + " item", n, of, false);
        if (t != null) {
          b.add(t);
        }
      }
      return b.build();
    }

    ImmutableList<String> tags(String key) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (Node n : items(key)) {
        String t = asText("tag", n);
        if (t != null && !TAG.matcher(t).matches()) {
          problems.add(n.pos(), "tag (\"" + t + "\") must be lower-case words joined by hyphens");
        } else if (t != null) {
          b.add(t);
        }
      }
      return b.build();
    }

    <T> ImmutableList<T> records(
        String key, Function<Tree.Map, Optional<T>> item, List<Integer> keptIndexes) {
      ImmutableList.Builder<T> b = ImmutableList.builder();
      List<Node> items = items(key);
      for (int i = 0; i < items.size(); i++) {
        Node n = items.get(i);
        if (n instanceof Tree.Map m) {
          Optional<T> t = item.apply(m);
          if (t.isPresent()) {
            b.add(t.get());
            keptIndexes.add(i);
          }
        } else {
          problems.add(n.pos(), "each item of " + key + " must be a mapping, not " + n.describe());
        }
      }
      return b.build();
    }
  }
}
