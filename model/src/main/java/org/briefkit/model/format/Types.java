package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorName;
import org.briefkit.model.Colour;
import org.briefkit.model.DateSpan;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Event;
import org.briefkit.model.Id;
import org.briefkit.model.Keyed;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Locator;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Source;
import org.briefkit.model.Suggestions;
import org.briefkit.model.TextCopy;

/** The value types of the case-file format. */
public final class Types {
  private Types() {}

  private static final String TEXT_SCHEMA = "{\"$ref\": \"#/$defs/text\"}";

  /** Text that must not be blank. */
  public static final ScalarType<String> TEXT =
      new ScalarType<>("text", ScalarType.Form.TEXT, (f, t) -> t, t -> t, TEXT_SCHEMA, ImmutableList.of());

  /** Text that may be empty: a rationale, a description. */
  public static final ScalarType<String> PROSE =
      new ScalarType<>(
          "text, may be empty", ScalarType.Form.PROSE, (f, t) -> t, t -> t, "{\"type\": \"string\"}",
          ImmutableList.of());

  /** A date to the precision the source gives: {@code 2005}, {@code 2022-05}, {@code 2022-06-29}. */
  public static final ScalarType<PartialDate> DATE =
      new ScalarType<>(
          "date", ScalarType.Form.DATE, (f, t) -> PartialDate.parse(t), PartialDate::toString,
          "{\"$ref\": \"#/$defs/date\"}", ImmutableList.of());

  /** A date or a span of dates: {@code 2022-06-29/2022-06-30}. */
  public static final ScalarType<DateSpan> SPAN =
      new ScalarType<>(
          "span", ScalarType.Form.DATE, (f, t) -> DateSpan.parse(t), DateSpan::toString,
          "{\"$ref\": \"#/$defs/span\"}", ImmutableList.of());

  /** A date to the day. */
  public static final ScalarType<LocalDate> FULL_DATE =
      new ScalarType<>(
          "full date",
          ScalarType.Form.DATE,
          Types::fullDate,
          LocalDate::toString,
          "{\"type\": \"string\", \"pattern\": \"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$\"}",
          ImmutableList.of());

  /** An absolute {@code http}, {@code https} or {@code file} URI. */
  public static final ScalarType<String> URL =
      new ScalarType<>(
          "text", ScalarType.Form.TEXT, (f, t) -> Source.requireUrl(t), t -> t,
          "{\"type\": \"string\", \"pattern\": \"^(https?|file):\"}", ImmutableList.of());

  /** A path relative to the case file's folder, with forward slashes ({@code texts/report.md}). */
  public static final ScalarType<String> PATH =
      new ScalarType<>(
          "path relative to the case file's folder (`texts/report.md`)", ScalarType.Form.TEXT,
          (f, t) -> TextCopy.requirePath(f, t), t -> t,
          "{\"type\": \"string\", \"pattern\": \"^[^/\\\\\\\\~][^\\\\\\\\]*$\"}", ImmutableList.of());

  /** A BCP 47 language tag ({@code en}, {@code ko}, {@code pt-BR}). */
  public static final ScalarType<String> LANGUAGE =
      new ScalarType<>(
          "BCP 47 language tag (`en`, `ko`)", ScalarType.Form.TEXT, Types::language, t -> t,
          "{\"type\": \"string\", \"pattern\": \"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$\"}",
          ImmutableList.of());

  /** An sRGB colour, {@code "#RRGGBB"}. */
  public static final ScalarType<Colour> COLOUR =
      new ScalarType<>(
          "`\"#RRGGBB\"`", ScalarType.Form.TEXT, (f, t) -> Colour.parse(t), Colour::toString,
          "{\"type\": \"string\", \"pattern\": \"^#[0-9A-Fa-f]{6}$\"}", ImmutableList.of());

  /** Where in a source: {@code para 4}, {@code p. 12}, {@code section 2}. */
  public static final ScalarType<Locator> LOCATOR =
      new ScalarType<>(
          "`para 4`, `para 4-5`, `p. 12`, `pp. 3-4`, `section 2.3`, `section A` (an annex)",
          ScalarType.Form.TEXT,
          (f, t) -> Locator.parse(t),
          Locator::toString,
          "{\"type\": \"string\", \"pattern\": \"^(([Pp][Aa][Rr][Aa]([Gg][Rr][Aa][Pp][Hh])?[Ss]?\\\\.?|¶|[Pp][Pp]?\\\\.|[Pp][Aa][Gg][Ee][Ss]?)\\\\s*[1-9][0-9]{0,8}([-–][1-9][0-9]{0,8})?|(§|[Ss][Ee][Cc]([Tt][Ii][Oo][Nn])?\\\\.?)\\\\s*([0-9]{1,9}|[A-Z])(\\\\.[0-9]{1,9})*([-–]([0-9]{1,9}|[A-Z])(\\\\.[0-9]{1,9})*)?)$\"}",
          ImmutableList.of());

  /** An ISO 3166-1 alpha-2 country code ({@code KR}). */
  public static final ScalarType<String> COUNTRY =
      new ScalarType<>(
          "ISO 3166-1 alpha-2 code (`KR`)", ScalarType.Form.TEXT, (f, t) -> Actor.requireCountry(t),
          t -> t, "{\"type\": \"string\", \"pattern\": \"^[A-Z]{2}$\"}", ImmutableList.of());

  /** A whole number. */
  public static final ScalarType<Integer> NUMBER =
      new ScalarType<>(
          "number", ScalarType.Form.NUMBER, Types::wholeNumber, i -> Integer.toString(i),
          "{\"type\": \"integer\"}", ImmutableList.of());

  /** A decimal number of zero or more, written with a point ({@code 12.5}). */
  public static final ScalarType<BigDecimal> DECIMAL =
      new ScalarType<>(
          "decimal number (`12.5`)", ScalarType.Form.TEXT, Types::decimal,
          BigDecimal::toPlainString,
          "{\"type\": [\"number\", \"string\"], \"pattern\": \"^[0-9]+(\\\\.[0-9]+)?$\", \"minimum\": 0}",
          ImmutableList.of());

  /** A dataset's name for an actor, {@code Republic of Calder = calder}. */
  public static final ScalarType<ActorName> ACTOR_NAME =
      new ScalarType<>(
          "`Name = actor-id`", ScalarType.Form.TEXT, (f, t) -> ActorName.parse(t),
          ActorName::format,
          "{\"type\": \"string\", \"pattern\": \"^[^=]+=[^=]+$\"}", ImmutableList.of());

  /** Dataset names for actors, one per line. */
  public static final ListType<ActorName> ACTOR_NAMES =
      new ListType<>(ACTOR_NAME, "actor name", "list of `Name = actor-id`", false, "\n");

  /** A list of texts, one per line in a case file and in a workbook cell. */
  public static final ListType<String> TEXTS =
      new ListType<>(TEXT, null, "list of text", false, "\n");

  /** Lower-case words joined by hyphens ({@code partnership}), on one line. */
  public static final ListType<String> TAGS =
      new ListType<>(
          new ScalarType<>(
              "tag", ScalarType.Form.TEXT, (f, t) -> Event.requireTag(t), t -> t,
              "{\"type\": \"string\", \"pattern\": \"^[a-z0-9]+(-[a-z0-9]+)*$\"}", ImmutableList.of()),
          "tag",
          "list of lower-case words joined by hyphens",
          true,
          ", ");

  /**
   * The format version: the one number this version of BriefKit reads and writes.
   *
   * @param version the version
   */
  public static ScalarType<Integer> version(int version) {
    return new ScalarType<>(
        "`" + version + "`",
        ScalarType.Form.NUMBER,
        (f, t) -> {
          if (!t.equals(Integer.toString(version))) {
            throw new IllegalArgumentException(
                f + " (" + t + ") must be " + version + ", the format version this BriefKit reads");
          }
          return version;
        },
        i -> Integer.toString(i),
        "{\"const\": " + version + "}",
        ImmutableList.of());
  }

  /**
   * An identifier, made by {@code of} (which checks its form).
   *
   * @param kind what it identifies, for the format reference: "stakeholder", or empty for an
   *     element's own id
   */
  public static <I extends Id> ScalarType<I> id(Function<String, I> of, String kind) {
    return new ScalarType<>(
        kind.isEmpty() ? "id" : kind + " id",
        ScalarType.Form.ID,
        (f, t) -> of.apply(t),
        Id::value,
        "{\"$ref\": \"#/$defs/id\"}",
        ImmutableList.of());
  }

  /** A list of identifiers, on one line. */
  public static <I extends Id> ListType<I> ids(Function<String, I> of, String kind) {
    return new ListType<>(id(of, kind), null, "list of " + kind + " ids", true, ", ");
  }

  /** One of the constants of {@code type}, written as its key ({@code office-change}). */
  public static <E extends Enum<E> & Keyed> ScalarType<E> choice(Class<E> type) {
    List<String> keys = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      keys.add(e.key());
    }
    // Grades written as numbers (credibility: 3) are numbers in YAML and JSON; the reader takes
    // them as their key, so the schema accepts the number as well as the text.
    boolean numbers = keys.stream().allMatch(k -> k.chars().allMatch(Character::isDigit));
    List<String> allowed = new ArrayList<>();
    for (String k : keys) {
      allowed.add('"' + k + '"');
    }
    if (numbers) {
      allowed.addAll(keys);
    }
    String schema = "{\"enum\": [" + String.join(", ", allowed) + "]}";
    return new ScalarType<>(
        "`" + String.join("`, `", keys) + "`",
        ScalarType.Form.CHOICE,
        (f, t) -> choose(type, keys, f, t),
        Keyed::key,
        schema,
        ImmutableList.copyOf(keys));
  }

  /**
   * A likelihood: the key of a row of an estimative scale. The choices offered are the rows of
   * every known scale; the case checks that a judgment's is a row of its own scale.
   */
  public static final ScalarType<Likelihood> LIKELIHOOD = likelihood();

  /** The id of a known estimative scale ({@code icd-203}, {@code phia}). */
  public static final ScalarType<EstimativeScale> SCALE = scale();

  private static ScalarType<Likelihood> likelihood() {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    EstimativeScale.known().forEach(s -> keys.addAll(s.keys()));
    return new ScalarType<>(
        "a row of the case's scale: " + describe(EstimativeScale.known()),
        ScalarType.Form.CHOICE,
        (f, t) -> Likelihood.of(t.trim().toLowerCase(Locale.ROOT).replace(' ', '-')),
        Likelihood::key,
        enumSchema(List.copyOf(keys)),
        ImmutableList.copyOf(keys));
  }

  private static ScalarType<EstimativeScale> scale() {
    List<String> ids = EstimativeScale.known().stream().map(EstimativeScale::id).toList();
    return new ScalarType<>(
        "`" + String.join("`, `", ids) + "`",
        ScalarType.Form.CHOICE,
        (f, t) -> EstimativeScale.named(t.trim().toLowerCase(Locale.ROOT))
            .orElseThrow(() -> new IllegalArgumentException(
                f + " (" + quote(t) + ") must be one of " + String.join(", ", ids)
                    + Suggestions.didYouMean(t.trim().toLowerCase(Locale.ROOT), ids))),
        EstimativeScale::id,
        enumSchema(ids),
        ImmutableList.copyOf(ids));
  }

  private static String describe(List<EstimativeScale> scales) {
    StringBuilder b = new StringBuilder();
    for (EstimativeScale s : scales) {
      b.append(b.length() == 0 ? "" : "; ").append(s.id()).append(": `")
          .append(String.join("`, `", s.keys())).append('`');
    }
    return b.toString();
  }

  private static String enumSchema(List<String> keys) {
    StringBuilder schema = new StringBuilder("{\"enum\": [");
    for (int i = 0; i < keys.size(); i++) {
      schema.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append('"');
    }
    return schema.append("]}").toString();
  }

  /** A list of choices on one line ({@code [C, I, NA]}), each item called {@code itemName} in messages. */
  public static <E extends Enum<E> & Keyed> ListType<E> choices(Class<E> type, String itemName) {
    ScalarType<E> item = choice(type);
    return new ListType<>(item, itemName, "list of " + item.description(), true, ", ");
  }

  /** A list of nested elements. */
  public static <R> RecordListType<R> records(Entity<R, ?> entity) {
    return new RecordListType<>(entity);
  }

  private static <E extends Enum<E> & Keyed> E choose(
      Class<E> type, List<String> keys, String field, String text) {
    try {
      return Keyed.parse(type, field, text);
    } catch (IllegalArgumentException e) {
      String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
      // A mistyped grade ("7") is not a near miss of another ("1"): no suggestion among numbers.
      boolean numbers = keys.stream().allMatch(k -> k.chars().allMatch(Character::isDigit));
      throw new IllegalArgumentException(
          e.getMessage() + (numbers ? "" : Suggestions.didYouMean(wanted, keys)), e);
    }
  }

  /**
   * A whole number; {@code text} is a quoted form ({@code "2"}) when the file gave text, so that
   * the message can say to leave the quotes off.
   */
  private static int wholeNumber(String field, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      boolean quotedNumber = text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")
          && text.substring(1, text.length() - 1).matches("-?[0-9]+");
      String shown = text.startsWith("\"") ? text : quote(text);
      throw new IllegalArgumentException(
          field + " (" + shown + ") must be a whole number" + (quotedNumber ? ": write it without quotes" : ""), e);
    }
  }

  private static BigDecimal decimal(String field, String text) {
    if (!text.matches("[0-9]{1,12}(\\.[0-9]{1,6})?")) {
      throw new IllegalArgumentException(
          field + " (" + quote(text) + ") must be a decimal number of zero or more, such as 12.5");
    }
    return new BigDecimal(text);
  }

  private static String language(String field, String text) {
    if (!text.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
      throw new IllegalArgumentException(
          field + " (" + quote(text) + ") must be a BCP 47 language tag such as en, ko or pt-BR");
    }
    return text;
  }

  private static LocalDate fullDate(String field, String text) {
    PartialDate d = PartialDate.parse(text);
    if (d.precision() != PartialDate.Precision.DAY) {
      throw new IllegalArgumentException(field + " (" + quote(text) + ") must be a full date, YYYY-MM-DD");
    }
    return d.earliest();
  }

  /** Quotes a value for a message, shortened as the model's own messages shorten it. */
  private static String quote(String text) {
    return '"' + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + '"';
  }
}
