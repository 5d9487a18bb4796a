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
import java.util.regex.Pattern;
import org.briefkit.model.Case;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.RecordListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.format.ValueType;
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
    List<NodeTuple> tuples = new ArrayList<>();
    tuples.add(
        new NodeTuple(
            textNode(CaseFormat.VERSION_KEY),
            new ScalarNode(Tag.INT, Integer.toString(CaseFormat.VERSION), ScalarStyle.PLAIN)));
    fields(CaseFormat.CASE, c, tuples);
    return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
  }

  /** {@code item} as a mapping of its fields, in the declared order, defaults left out. */
  private static <T> MappingNode record(Entity<T, ?> entity, T item) {
    List<NodeTuple> tuples = new ArrayList<>();
    fields(entity, item, tuples);
    return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
  }

  private static <T, B> void fields(Entity<T, B> entity, T item, List<NodeTuple> tuples) {
    for (Field<T, B, ?> f : entity.fields()) {
      if (!f.derived()) {
        field(f, item, tuples);
      }
    }
  }

  private static <T, V> void field(Field<T, ?, V> f, T item, List<NodeTuple> tuples) {
    f.written(item).ifPresent(v -> tuples.add(new NodeTuple(textNode(f.name()), node(f.type(), v))));
  }

  @SuppressWarnings("unchecked") // each branch's value has the type's Java type
  private static <V> Node node(ValueType<V> type, V value) {
    if (type instanceof ScalarType<V> s) {
      String text = s.format(value);
      return switch (s.form()) {
        case DATE -> dateNode(text);
        // A number is written bare (question: 2), as the reader wants it: quoted, it is text.
        case NUMBER -> new ScalarNode(Tag.INT, text, ScalarStyle.PLAIN);
        default -> textNode(text);
      };
    }
    if (type instanceof ListType<?> l) {
      return list((ListType<Object>) l, (List<Object>) value);
    }
    RecordListType<Object> r = (RecordListType<Object>) type;
    List<Node> nodes = new ArrayList<>();
    for (Object o : (List<Object>) value) {
      nodes.add(record(r.entity(), o));
    }
    return new SequenceNode(Tag.SEQ, nodes, FlowStyle.BLOCK);
  }

  private static <E> Node list(ListType<E> type, List<E> values) {
    List<Node> items = new ArrayList<>();
    values.forEach(v -> items.add(textNode(type.item().format(v))));
    return new SequenceNode(Tag.SEQ, items, type.inline() ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }
}
