package org.briefkit.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.Figures;
import org.briefkit.model.Keyed;
import org.briefkit.model.Stakeholder;

/**
 * The case's actor network as GEXF 1.3, the format Gephi reads: a node per actor (its kind,
 * country and the stakeholders it stands for) and directed edges of three kinds, told apart by
 * the edge's {@code kind}: {@code affiliation} (member to alliance or organisation), {@code
 * co-participation} (one edge per pair of actors taking part in the same events, from the one
 * the case names first, weighted by the number of events, with a spell per dated event) and
 * {@code transfer} (supplier to recipient, one per transfer, with its status, items and TIV —
 * SIPRI's trend-indicator value, not money). Dated edges carry their dates, so that Gephi's
 * timeline can play the network.
 *
 * <p>Written with the JDK's XML writer, in the case's order and with no date of writing: the
 * same case gives the same bytes.
 */
public final class GexfWriter {
  static final String NAMESPACE = "http://gexf.net/1.3";

  private GexfWriter() {}

  /**
   * Writes {@code c}'s network to {@code out}, which is left open.
   *
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Case c, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      new GexfWriter.Doc(c, x).write();
      x.close();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException("the GEXF file cannot be written: " + e.getMessage(), e);
    }
  }

  /** A co-participation edge: the pair and the events that join them. */
  private record Pair(ActorId from, ActorId to, List<Event> events) {}

  private static final class Doc {
    private final Case c;
    private final XMLStreamWriter x;
    private int depth;

    Doc(Case c, XMLStreamWriter x) {
      this.c = c;
      this.x = x;
    }

    void write() throws XMLStreamException {
      x.writeStartDocument("UTF-8", "1.0");
      open("gexf");
      x.writeDefaultNamespace(NAMESPACE);
      x.writeAttribute("version", "1.3");
      open("meta");
      leaf("creator", "BriefKit");
      leaf("description", c.title());
      close();
      open("graph");
      x.writeAttribute("defaultedgetype", "directed");
      x.writeAttribute("mode", "dynamic");
      x.writeAttribute("timeformat", "date");
      attributes("node", new String[][] {
        {"kind", "kind", "string"}, {"country", "country", "string"},
        {"stakeholder", "stakeholder", "string"}});
      // The title is what Gephi's data table shows as the column's name: TIV says it is no money.
      attributes("edge", new String[][] {
        {"relation", "relation", "string"}, {"status", "status", "string"},
        {"items", "items", "string"}, {"tiv", "TIV (not money)", "double"},
        {"estimates", "estimates", "string"}, {"imported-from", "imported from", "string"}});
      nodes();
      edges();
      close();
      close();
      x.writeCharacters("\n");
      x.writeEndDocument();
    }

    private void attributes(String cls, String[][] attributes) throws XMLStreamException {
      open("attributes");
      x.writeAttribute("class", cls);
      for (String[] a : attributes) {
        empty("attribute");
        x.writeAttribute("id", a[0]);
        x.writeAttribute("title", a[1]);
        x.writeAttribute("type", a[2]);
      }
      close();
    }

    private void nodes() throws XMLStreamException {
      open("nodes");
      x.writeAttribute("count", Integer.toString(c.actors().size()));
      for (Actor a : c.actors()) {
        open("node");
        x.writeAttribute("id", a.id().value());
        x.writeAttribute("label", a.name());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", a.kind().key());
        a.country().ifPresent(v -> values.put("country", v));
        String roles = c.stakeholders().stream()
            .filter(s -> s.actor().equals(Optional.of(a.id())))
            .map(Stakeholder::name)
            .collect(Collectors.joining("; "));
        if (!roles.isEmpty()) {
          values.put("stakeholder", roles);
        }
        attvalues(values);
        close();
      }
      close();
    }

    private void edges() throws XMLStreamException {
      List<Actor> affiliated = c.actors().stream().filter(a -> a.affiliation().isPresent()).toList();
      List<Pair> pairs = pairs();
      open("edges");
      x.writeAttribute("count", Integer.toString(affiliated.size() + pairs.size() + c.transfers().size()));
      for (Actor a : affiliated) {
        edge("affiliation-" + a.id().value(), a.id(), a.affiliation().get(), "affiliation", 1);
        attvalues(Map.of("relation", "affiliation"));
        close();
      }
      for (Pair p : pairs) {
        edge("co-" + p.from().value() + "-" + p.to().value(), p.from(), p.to(), "co-participation",
            p.events().size());
        List<DateSpan> dated = p.events().stream().flatMap(e -> e.when().stream()).toList();
        if (!dated.isEmpty()) {
          open("spells");
          for (DateSpan d : dated) {
            empty("spell");
            time(d);
          }
          close();
        }
        attvalues(Map.of("relation", "co-participation"));
        close();
      }
      for (ArmsTransfer t : c.transfers()) {
        edge("transfer-" + t.id().value(), t.supplier(), t.recipient(), "transfer", 1);
        if (t.when().isPresent()) {
          time(t.when().get());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("relation", "transfer");
        values.put("status", t.status().key());
        values.put("items", t.items());
        t.tiv().ifPresent(v -> values.put("tiv", Figures.tiv(v)));
        if (!t.estimates().isEmpty()) {
          values.put("estimates", t.estimates().stream().map(Keyed::key).collect(Collectors.joining(", ")));
        }
        c.importedFrom(t.evidence()).ifPresent(d -> values.put("imported-from", d.id().value()));
        attvalues(values);
        close();
      }
      close();
    }

    /** Pairs of actors taking part in the same events, in the order first met. */
    private List<Pair> pairs() {
      Map<String, Pair> pairs = new LinkedHashMap<>();
      List<ActorId> order = c.actors().stream().map(Actor::id).toList();
      for (Event e : c.events()) {
        List<ActorId> ps = e.participants().stream().distinct()
            .sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).toList();
        for (int i = 0; i < ps.size(); i++) {
          for (int j = i + 1; j < ps.size(); j++) {
            ActorId a = ps.get(i);
            ActorId b = ps.get(j);
            pairs.computeIfAbsent(a.value() + "\u0000" + b.value(), k -> new Pair(a, b, new ArrayList<>()))
                .events().add(e);
          }
        }
      }
      return new ArrayList<>(pairs.values());
    }

    private void edge(String id, ActorId from, ActorId to, String kind, int weight)
        throws XMLStreamException {
      open("edge");
      x.writeAttribute("id", id);
      x.writeAttribute("source", from.value());
      x.writeAttribute("target", to.value());
      x.writeAttribute("kind", kind);
      x.writeAttribute("weight", Integer.toString(weight));
    }

    private void time(DateSpan d) throws XMLStreamException {
      x.writeAttribute("start", d.start().earliest().toString());
      x.writeAttribute("end", d.end().latest().toString());
    }

    private void attvalues(Map<String, String> values) throws XMLStreamException {
      open("attvalues");
      for (Map.Entry<String, String> v : values.entrySet()) {
        empty("attvalue");
        x.writeAttribute("for", v.getKey());
        x.writeAttribute("value", v.getValue());
      }
      close();
    }

    private void indent() throws XMLStreamException {
      x.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void open(String name) throws XMLStreamException {
      indent();
      x.writeStartElement(name);
      depth++;
    }

    private void empty(String name) throws XMLStreamException {
      indent();
      x.writeEmptyElement(name);
    }

    private void leaf(String name, String text) throws XMLStreamException {
      indent();
      x.writeStartElement(name);
      x.writeCharacters(text);
      x.writeEndElement();
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      x.writeEndElement();
    }
  }
}
