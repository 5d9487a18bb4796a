package org.briefkit.model.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /**
   * A sequence. Its items are kept in an array, and its start as two numbers: a large file has
   * hundreds of thousands of lists and mappings, and every object more is one more for the
   * collector to copy while the tree grows.
   */
  static final class Seq implements Node {
    private final Node[] items;
    private final int line;
    private final int column;

    Seq(List<Node> items, Pos pos) {
      this.items = items.toArray(new Node[0]);
      this.line = pos.line();
      this.column = pos.column();
    }

    /** The items, in file order (a read-only view). */
    List<Node> items() {
      return Collections.unmodifiableList(Arrays.asList(items));
    }

    @Override
    public Pos pos() {
      return new Pos(line, column);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, Node value) {}

  /**
   * A mapping, its entries in file order (keys unique: duplicates are reported and dropped), kept
   * as two arrays rather than an object per entry, for the reason given at {@link Seq}.
   */
  static final class Map implements Node {
    private final Scalar[] keys;
    private final Node[] values;
    private final int line;
    private final int column;

    Map(List<Scalar> keys, List<Node> values, Pos pos) {
      this.keys = keys.toArray(new Scalar[0]);
      this.values = values.toArray(new Node[0]);
      this.line = pos.line();
      this.column = pos.column();
    }

    /** The entries, in file order. */
    List<Entry> entries() {
      List<Entry> out = new ArrayList<>(keys.length);
      for (int i = 0; i < keys.length; i++) {
        out.add(new Entry(keys[i], values[i]));
      }
      return out;
    }

    Optional<Entry> entry(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].value().equals(key)) {
          return Optional.of(new Entry(keys[i], values[i]));
        }
      }
      return Optional.empty();
    }

    Optional<Node> get(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].value().equals(key)) {
          return Optional.of(values[i]);
        }
      }
      return Optional.empty();
    }

    @Override
    public Pos pos() {
      return new Pos(line, column);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A growing collection while the tree is built from parser events. */
  static final class Open {
    /** Past this many keys, duplicates are looked for in a hash map rather than the list. */
    private static final int SCAN = 16;

    final boolean mapping;
    final Pos pos;
    final List<Node> items = new ArrayList<>();
    final List<Scalar> keys = new ArrayList<>();
    /** The keys by text once there are many, so that finding duplicates stays linear. */
    private java.util.Map<String, Scalar> byKey;
    Scalar pendingKey;

    Open(boolean mapping, Pos pos) {
      this.mapping = mapping;
      this.pos = pos;
    }

    /** The key written as {@code key} already, if any. */
    Optional<Scalar> key(String key) {
      if (byKey != null) {
        return Optional.ofNullable(byKey.get(key));
      }
      for (Scalar k : keys) {
        if (k.value().equals(key)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }

    /** Adds an entry whose key is new. */
    void put(Scalar key, Node value) {
      keys.add(key);
      items.add(value);
      if (byKey == null && keys.size() > SCAN) {
        byKey = new java.util.HashMap<>();
        keys.forEach(k -> byKey.put(k.value(), k));
      } else if (byKey != null) {
        byKey.put(key.value(), key);
      }
    }

    Node close() {
      return mapping ? new Map(keys, items, pos) : new Seq(items, pos);
    }
  }
}
