package org.briefkit.model.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The YAML document as a small tree of scalars, sequences and mappings, each node with the
 * 1-based position where it starts. Anchors, aliases and custom tags never reach it, so walking
 * it cannot expand anything.
 */
final class Tree {
  private Tree() {}

  /** A 1-based line and column (columns count Unicode code points). */
  record Pos(int line, int column) implements Comparable<Pos> {
    static final Pos START = new Pos(1, 1);

    @Override
    public int compareTo(Pos o) {
      return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
  }

  /** What a scalar resolved to under the YAML 1.2 core schema (quoted scalars are text). */
  enum Type {
    TEXT("text"),
    INT("a number"),
    FLOAT("a number"),
    BOOL("a boolean"),
    NULL("empty");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  /** A node of the tree. */
  sealed interface Node permits Scalar, Seq, Map {
    Pos pos();

    /** What the node is, for messages: "text", "a list", "a mapping". */
    String describe();
  }

  /** How a scalar was written, which decides how its value maps back to the source text. */
  enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** A literal block scalar ({@code |}). */
    LITERAL,
    /** A folded block scalar ({@code >}). */
    FOLDED
  }

  /**
   * A scalar: its value, the type it resolved to, and where it was written: its start (line and
   * column, kept as two numbers rather than a {@link Pos}, as a large file has millions of
   * scalars), and the code-point indexes in the file's text where its source (quotes and block
   * header included) starts and ends.
   */
  record Scalar(String value, Type type, int line, int column, Style style, int start, int end) implements Node {
    @Override
    public Pos pos() {
      return new Pos(line, column);
    }

    boolean isNull() {
      return type == Type.NULL;
    }

    /** The same scalar, read as text whatever it resolved to. */
    Scalar asText() {
      return new Scalar(value, Type.TEXT, line, column, style, start, end);
    }

    @Override
    public String describe() {
      return type.description;
    }
  }

  /** A sequence. */
  record Seq(ImmutableList<Node> items, Pos pos) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, Node value) {}

  /** A mapping, its entries in file order (keys unique: duplicates are reported and dropped). */
  record Map(ImmutableList<Entry> entries, Pos pos) implements Node {
    Optional<Entry> entry(String key) {
      for (Entry e : entries) {
        if (e.key().value().equals(key)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    Optional<Node> get(String key) {
      return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A growing collection while the tree is built from parser events. */
  static final class Open {
    final boolean mapping;
    final Pos pos;
    final List<Node> items = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    /** The entries by key, so that finding duplicates stays linear in the number of keys. */
    final java.util.Map<String, Entry> byKey = new java.util.HashMap<>();
    Scalar pendingKey;

    Open(boolean mapping, Pos pos) {
      this.mapping = mapping;
      this.pos = pos;
    }

    Node close() {
      return mapping
          ? new Map(ImmutableList.copyOf(entries), pos)
          : new Seq(ImmutableList.copyOf(items), pos);
    }
  }
}
