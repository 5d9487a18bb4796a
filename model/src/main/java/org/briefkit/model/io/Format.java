package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.briefkit.model.ActorKind;
import org.briefkit.model.Confidence;
import org.briefkit.model.EventKind;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.Keyed;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Salience;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferStatus;

/**
 * The case-file format as data: for each kind of mapping, its keys in writing order, which
 * are required, and what each holds. The reader checks keys against it, the writer follows
 * its order, and a test holds the JSON Schema to it.
 */
final class Format {
  private Format() {}

  /** The format version this code reads and writes. */
  static final int VERSION = 1;

  /** What a value holds. */
  enum Kind {
    TEXT,
    INT,
    ID,
    DATE,
    SPAN,
    FULL_DATE,
    ENUM,
    URL,
    COLOUR,
    LOCATOR,
    COUNTRY,
    TEXT_LIST,
    ID_LIST,
    TAG_LIST,
    RECORD_LIST
  }

  /**
   * One key of a mapping.
   *
   * @param name the key
   * @param required whether it must be given
   * @param kind what it holds
   * @param enumType for {@link Kind#ENUM}, the enumeration
   * @param shape for {@link Kind#RECORD_LIST}, the name of the items' shape
   */
  record Field(
      String name,
      boolean required,
      Kind kind,
      Optional<Class<? extends Keyed>> enumType,
      Optional<String> shape) {}

  /** A kind of mapping: a name for messages and its fields in writing order. */
  record Shape(String name, ImmutableList<Field> fields) {
    Optional<Field> field(String key) {
      return fields.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    ImmutableList<String> names() {
      return fields.stream().map(Field::name).collect(ImmutableList.toImmutableList());
    }
  }

  private static Field req(String name, Kind kind) {
    return new Field(name, true, kind, Optional.empty(), Optional.empty());
  }

  private static Field opt(String name, Kind kind) {
    return new Field(name, false, kind, Optional.empty(), Optional.empty());
  }

  private static Field reqEnum(String name, Class<? extends Keyed> type) {
    return new Field(name, true, Kind.ENUM, Optional.of(type), Optional.empty());
  }

  private static Field optEnum(String name, Class<? extends Keyed> type) {
    return new Field(name, false, Kind.ENUM, Optional.of(type), Optional.empty());
  }

  private static Field list(String name, String shape) {
    return new Field(name, false, Kind.RECORD_LIST, Optional.empty(), Optional.of(shape));
  }

  static final Shape EVIDENCE =
      new Shape(
          "evidence",
          ImmutableList.of(
              req("source", Kind.ID),
              opt("locator", Kind.LOCATOR),
              req("text", Kind.TEXT),
              optEnum("kind", EvidenceKind.class)));

  static final Shape SOURCE =
      new Shape(
          "source",
          ImmutableList.of(
              req("id", Kind.ID),
              req("title", Kind.TEXT),
              opt("authors", Kind.TEXT_LIST),
              opt("publisher", Kind.TEXT),
              opt("date", Kind.DATE),
              opt("url", Kind.URL),
              opt("accessed", Kind.FULL_DATE)));

  static final Shape STAKEHOLDER =
      new Shape(
          "stakeholder",
          ImmutableList.of(
              req("id", Kind.ID),
              req("name", Kind.TEXT),
              opt("shortName", Kind.TEXT),
              req("question", Kind.TEXT),
              optEnum("kind", StakeholderKind.class),
              opt("colour", Kind.COLOUR),
              opt("actor", Kind.ID)));

  static final Shape DOMAIN =
      new Shape(
          "domain",
          ImmutableList.of(
              req("id", Kind.ID),
              req("label", Kind.TEXT),
              opt("description", Kind.TEXT),
              reqEnum("instrument", Instrument.class)));

  static final Shape ACTOR =
      new Shape(
          "actor",
          ImmutableList.of(
              req("id", Kind.ID),
              req("name", Kind.TEXT),
              opt("localName", Kind.TEXT),
              reqEnum("kind", ActorKind.class),
              opt("role", Kind.TEXT),
              opt("affiliation", Kind.ID),
              opt("country", Kind.COUNTRY)));

  static final Shape MOTIVATION =
      new Shape(
          "motivation",
          ImmutableList.of(
              req("id", Kind.ID),
              req("stakeholder", Kind.ID),
              req("domain", Kind.ID),
              req("claim", Kind.TEXT),
              opt("rationale", Kind.TEXT),
              optEnum("salience", Salience.class),
              opt("drivers", Kind.ID_LIST),
              opt("actors", Kind.ID_LIST),
              list("evidence", "evidence")));

  static final Shape EVENT =
      new Shape(
          "event",
          ImmutableList.of(
              req("id", Kind.ID),
              opt("when", Kind.SPAN),
              req("title", Kind.TEXT),
              reqEnum("kind", EventKind.class),
              opt("participants", Kind.ID_LIST),
              opt("location", Kind.TEXT),
              opt("significance", Kind.TEXT),
              opt("tags", Kind.TAG_LIST),
              list("evidence", "evidence")));

  static final Shape TRANSFER =
      new Shape(
          "transfer",
          ImmutableList.of(
              req("id", Kind.ID),
              req("supplier", Kind.ID),
              req("recipient", Kind.ID),
              req("items", Kind.TEXT),
              optEnum("status", TransferStatus.class),
              opt("intermediaries", Kind.ID_LIST),
              opt("when", Kind.SPAN),
              list("evidence", "evidence")));

  static final Shape JUDGMENT =
      new Shape(
          "judgment",
          ImmutableList.of(
              req("id", Kind.ID),
              req("statement", Kind.TEXT),
              reqEnum("confidence", Confidence.class),
              optEnum("likelihood", Likelihood.class),
              req("supportedBy", Kind.ID_LIST)));

  static final Shape CASE =
      new Shape(
          "case",
          ImmutableList.of(
              opt("briefkit", Kind.INT),
              req("id", Kind.ID),
              req("title", Kind.TEXT),
              opt("subtitle", Kind.TEXT),
              opt("questions", Kind.TEXT_LIST),
              opt("authors", Kind.TEXT_LIST),
              opt("organisation", Kind.TEXT),
              opt("asOf", Kind.DATE),
              opt("marking", Kind.TEXT),
              opt("language", Kind.TEXT),
              opt("summary", Kind.TEXT),
              opt("focus", Kind.ID),
              list("sources", "source"),
              list("stakeholders", "stakeholder"),
              list("domains", "domain"),
              list("actors", "actor"),
              list("motivations", "motivation"),
              list("events", "event"),
              list("transfers", "transfer"),
              list("judgments", "judgment")));

  /** Every shape, the case first. */
  static final ImmutableList<Shape> SHAPES =
      ImmutableList.of(
          CASE, SOURCE, STAKEHOLDER, DOMAIN, ACTOR, MOTIVATION, EVIDENCE, EVENT, TRANSFER,
          JUDGMENT);
}
