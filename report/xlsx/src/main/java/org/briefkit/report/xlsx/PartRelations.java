package org.briefkit.report.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The relationships of one part of a workbook's package (its {@code _rels/*.rels} part): each
 * relationship's id, type and target, the target resolved to a part name within the package.
 * Links outside the package are left out.
 */
final class PartRelations extends DefaultHandler {
  /** A relationship: its type (a URI ending with the kind: /worksheet, /styles...) and its part. */
  record Relation(String type, String part) {
    /** Whether the type is of {@code kind} ("worksheet", "styles"), in the transitional or strict schema. */
    boolean is(String kind) {
      return type.endsWith("/" + kind);
    }
  }

  private final String source;
  private final Map<String, Relation> byId = new LinkedHashMap<>();

  /** The relationships of the part {@code source} ("" for the package itself), to be parsed. */
  PartRelations(String source) {
    this.source = source;
  }

  /** The name of the part holding the relationships of {@code part} ("" for the package). */
  static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    if (localName.equals("Relationship") && !"External".equals(atts.getValue("TargetMode"))) {
      String id = atts.getValue("Id");
      String type = atts.getValue("Type");
      String target = atts.getValue("Target");
      if (id != null && type != null && target != null) {
        byId.putIfAbsent(id, new Relation(type, resolve(target)));
      }
    }
  }

  /** The relationship with {@code id}. */
  Optional<Relation> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The first relationship of {@code kind} ("styles"), in the order written. */
  Optional<Relation> first(String kind) {
    return byId.values().stream().filter(r -> r.is(kind)).findFirst();
  }

  /** A target as a part name: relative to the source part's folder, or from the package's root. */
  private String resolve(String target) {
    String path = target;
    try {
      String decoded = new URI(target).getPath(); // %20 and the like decoded
      path = decoded == null ? target : decoded;
    } catch (URISyntaxException e) {
      // Not a URI reference: take it as written.
    }
    String base = source.substring(0, source.lastIndexOf('/') + 1);
    String joined = path.startsWith("/") ? path.substring(1) : base + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String s : joined.split("/", -1)) {
      if (s.equals("..")) {
        parts.pollLast();
      } else if (!s.equals(".") && !s.isEmpty()) {
        parts.addLast(s);
      }
    }
    return String.join("/", parts);
  }
}
