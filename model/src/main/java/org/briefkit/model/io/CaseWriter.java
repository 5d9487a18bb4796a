package org.briefkit.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Id;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Keyed;
import org.briefkit.model.Motivation;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferStatus;
import org.briefkit.model.io.Format.Shape;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a {@link Case} as a YAML case file that {@link CaseReader} reads back to an equal
 * case. The output is meant for people: block style, keys in the order of the format
 * reference, multi-line text as literal blocks, lists of ids on one line, and values equal to
 * their defaults left out. The same case always gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseWriter {
  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
  /** Text that is safe unquoted in block context: no indicator first, no control characters. */
  private static final Pattern PLAIN =
      Pattern.compile("[\\p{L}\\p{N}(][\\p{L}\\p{M}\\p{N} .,;:()'/&+\\-–—‘’“”?!%$€£°*=_@\"#~]*(?<! )");
  /** Text a single-quoted scalar holds as is: printable, on one line. */
  private static final Pattern SAFE_QUOTED = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]*");

  private CaseWriter() {}

  /**
   * Writes {@code c} to {@code out}, without closing it.
   *
   * @throws IOException if writing fails
   */
  public static void write(Case c, Writer out) throws IOException {
    try {
      dump().dumpNode(encode(c), new Sink(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /**
   * Writes {@code c} to {@code out} as UTF-8, without closing it.
   *
   * @throws IOException if writing fails
   */
  public static void write(Case c, OutputStream out) throws IOException {
    write(c, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** The case file text of {@code c}. */
  public static String toYaml(Case c) {
    StringWriter w = new StringWriter();
    dump().dumpNode(encode(c), new Sink(w));
    return w.toString();
  }

  private static Dump dump() {
    return new Dump(
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            .setSplitLines(true)
            .setUseUnicodeEncoding(true)
            .setBestLineBreak("\n")
            // The reader resolves plain scalars with the core schema: quote what it would
            // not read back as text ("~", "0x10").
            .setSchema(new CoreSchema())
            .build());
  }

  /** Adapts a {@link Writer} to the engine's writer interface. */
  private record Sink(Writer out) implements StreamDataWriter {
    @Override
    public void write(String str) {
      try {
        out.write(str);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(String str, int off, int len) {
      try {
        out.write(str, off, len);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A mapping in the making, its keys checked against the format and kept in its order. */
  private static final class Map {
    private final Shape shape;
    private final List<NodeTuple> tuples = new ArrayList<>();
    private int next;

    Map(Shape shape) {
      this.shape = shape;
    }

    Map put(String key, Node value) {
      int at = shape.names().indexOf(key);
      if (at < next) {
        throw new IllegalStateException(key + " is not a field of " + shape.name() + " in order");
      }
      next = at + 1;
      tuples.add(new NodeTuple(textNode(key), value));
      return this;
    }

    Map text(String key, String value) {
      return put(key, textNode(value));
    }

    Map textIfAny(String key, String value) {
      return value.isEmpty() ? this : text(key, value);
    }

    Map text(String key, Optional<String> value) {
      return value.isPresent() ? text(key, value.get()) : this;
    }

    Map id(String key, Id id) {
      return text(key, id.value());
    }

    Map id(String key, Optional<? extends Id> id) {
      return id.isPresent() ? id(key, id.get()) : this;
    }

    Map ids(String key, List<? extends Id> ids) {
      if (ids.isEmpty()) {
        return this;
      }
      List<Node> items = new ArrayList<>();
      ids.forEach(i -> items.add(textNode(i.value())));
      return put(key, new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW));
    }

    Map texts(String key, Iterable<String> values, FlowStyle style) {
      List<Node> items = new ArrayList<>();
      values.forEach(v -> items.add(textNode(v)));
      return items.isEmpty() ? this : put(key, new SequenceNode(Tag.SEQ, items, style));
    }

    Map key(String key, Keyed value) {
      return text(key, value.key());
    }

    Map date(String key, Optional<PartialDate> date) {
      return date.isPresent() ? put(key, dateNode(date.get().toString())) : this;
    }

    Map span(String key, Optional<DateSpan> span) {
      return span.isPresent() ? put(key, dateNode(span.get().toString())) : this;
    }

    <T> Map list(String key, List<T> items, Function<T, Node> encode) {
      if (items.isEmpty()) {
        return this;
      }
      List<Node> nodes = new ArrayList<>();
      items.forEach(i -> nodes.add(encode.apply(i)));
      return put(key, new SequenceNode(Tag.SEQ, nodes, FlowStyle.BLOCK));
    }

    MappingNode node() {
      return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }
  }

  private static ScalarNode textNode(String value) {
    return new ScalarNode(Tag.STR, value, style(value));
  }

  /**
   * The style for a text. Plain only where that is certainly read back as the same text:
   * the emitter's own analysis lets some plain scalars through that a reader cuts at " #".
   * Multi-line text goes in literal blocks; the rest is quoted, the emitter escaping what
   * it must (it falls back to double quotes when a style cannot hold the text exactly).
   */
  static ScalarStyle style(String value) {
    if (PLAIN.matcher(value).matches()
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.endsWith(":")
        && RESOLVER.resolve(value, true).equals(Tag.STR)) {
      return ScalarStyle.PLAIN;
    }
    if (value.indexOf('\n') >= 0) {
      return ScalarStyle.LITERAL;
    }
    return SAFE_QUOTED.matcher(value).matches() ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
  }

  /** A year alone is written as the bare number an analyst would type. */
  private static ScalarNode dateNode(String iso) {
    return iso.matches("[0-9]{4}")
        ? new ScalarNode(Tag.INT, iso, ScalarStyle.PLAIN)
        : new ScalarNode(Tag.STR, iso, ScalarStyle.PLAIN);
  }

  static MappingNode encode(Case c) {
    Map m =
        new Map(Format.CASE)
            .put("briefkit", new ScalarNode(Tag.INT, Integer.toString(Format.VERSION), ScalarStyle.PLAIN))
            .id("id", c.id())
            .text("title", c.title())
            .text("subtitle", c.subtitle())
            .texts("questions", c.questions(), FlowStyle.BLOCK)
            .texts("authors", c.authors(), FlowStyle.BLOCK)
            .text("organisation", c.organisation())
            .date("asOf", c.asOf())
            .text("marking", c.marking());
    if (!c.language().equals("en")) {
      m.text("language", c.language());
    }
    m.textIfAny("summary", c.summary())
        .id("focus", c.focus())
        .list("sources", c.sources(), CaseWriter::source)
        .list("stakeholders", c.stakeholders(), CaseWriter::stakeholder)
        .list("domains", c.domains().equals(Domain.defaults()) ? List.of() : c.domains(), CaseWriter::domain)
        .list("actors", c.actors(), CaseWriter::actor)
        .list("motivations", c.motivations(), CaseWriter::motivation)
        .list("events", c.events(), CaseWriter::event)
        .list("transfers", c.transfers(), CaseWriter::transfer)
        .list("judgments", c.judgments(), CaseWriter::judgment);
    return m.node();
  }

  private static Node source(Source s) {
    Map m =
        new Map(Format.SOURCE)
            .id("id", s.id())
            .text("title", s.title())
            .texts("authors", s.authors(), FlowStyle.BLOCK)
            .text("publisher", s.publisher())
            .date("date", s.date())
            .text("url", s.url());
    s.accessed().ifPresent(a -> m.put("accessed", dateNode(a.toString())));
    return m.node();
  }

  private static Node stakeholder(Stakeholder s) {
    Map m = new Map(Format.STAKEHOLDER).id("id", s.id()).text("name", s.name());
    if (!s.shortName().equals(s.name())) {
      m.text("shortName", s.shortName());
    }
    m.text("question", s.question());
    if (s.kind() != StakeholderKind.STATE) {
      m.key("kind", s.kind());
    }
    s.colour().ifPresent(col -> m.text("colour", col.toString()));
    return m.id("actor", s.actor()).node();
  }

  private static Node domain(Domain d) {
    return new Map(Format.DOMAIN)
        .id("id", d.id())
        .text("label", d.label())
        .textIfAny("description", d.description())
        .key("instrument", d.instrument())
        .node();
  }

  private static Node actor(Actor a) {
    return new Map(Format.ACTOR)
        .id("id", a.id())
        .text("name", a.name())
        .text("localName", a.localName())
        .key("kind", a.kind())
        .text("role", a.role())
        .id("affiliation", a.affiliation())
        .text("country", a.country())
        .node();
  }

  private static Node motivation(Motivation mo) {
    Map m =
        new Map(Format.MOTIVATION)
            .id("id", mo.id())
            .id("stakeholder", mo.stakeholder())
            .id("domain", mo.domain())
            .text("claim", mo.claim())
            .textIfAny("rationale", mo.rationale());
    if (mo.salience() != Salience.SECONDARY) {
      m.key("salience", mo.salience());
    }
    return m.ids("drivers", mo.drivers())
        .ids("actors", mo.actors())
        .list("evidence", mo.evidence(), CaseWriter::evidence)
        .node();
  }

  private static Node evidence(Evidence e) {
    Map m = new Map(Format.EVIDENCE).id("source", e.source());
    e.locator().ifPresent(l -> m.text("locator", l.toString()));
    m.text("text", e.text());
    if (e.kind() != EvidenceKind.ASSESSMENT) {
      m.key("kind", e.kind());
    }
    return m.node();
  }

  private static Node event(Event e) {
    return new Map(Format.EVENT)
        .id("id", e.id())
        .span("when", e.when())
        .text("title", e.title())
        .key("kind", e.kind())
        .ids("participants", e.participants())
        .text("location", e.location())
        .textIfAny("significance", e.significance())
        .texts("tags", e.tags(), FlowStyle.FLOW)
        .list("evidence", e.evidence(), CaseWriter::evidence)
        .node();
  }

  private static Node transfer(ArmsTransfer t) {
    Map m =
        new Map(Format.TRANSFER)
            .id("id", t.id())
            .id("supplier", t.supplier())
            .id("recipient", t.recipient())
            .text("items", t.items());
    if (t.status() != TransferStatus.DELIVERED) {
      m.key("status", t.status());
    }
    return m.ids("intermediaries", t.intermediaries())
        .span("when", t.when())
        .list("evidence", t.evidence(), CaseWriter::evidence)
        .node();
  }

  private static Node judgment(KeyJudgment j) {
    Map m =
        new Map(Format.JUDGMENT)
            .id("id", j.id())
            .text("statement", j.statement())
            .key("confidence", j.confidence());
    j.likelihood().ifPresent(l -> m.key("likelihood", l));
    return m.ids("supportedBy", j.supportedBy()).node();
  }
}
