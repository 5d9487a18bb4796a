package org.briefkit.model.io;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.ScalarType;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Seq;
import org.briefkit.model.io.Tree.Type;

/**
 * Reads single values and lists of them from the nodes of a case file, each by its {@link
 * ScalarType}, reporting a bad value at its node and returning null (or skipping the item).
 */
final class NodeValues {
  private static final int QUOTE_LIMIT = 40;

  private final Problems problems;

  NodeValues(Problems problems) {
    this.problems = problems;
  }

  /** Quotes a value for a message, shortening long text as the model's messages do. */
  static String quote(String value) {
    return '"' + shorten(value) + '"';
  }

  static String shorten(String value) {
    return value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value;
  }

  /** The value of {@code node} for the field {@code key}, or null after reporting why not. */
  <V> V scalar(String key, Node node, ScalarType<V> type) {
    String text =
        switch (type.form()) {
          case CHOICE -> node instanceof Scalar s ? text(key, s.asText(), false) : text(key, node, false);
          case DATE -> date(key, node);
          case NUMBER -> node instanceof Scalar s && s.type() == Type.INT ? s.value() : number(node);
          default -> text(key, node, type.form() == ScalarType.Form.PROSE);
        };
    if (text == null) {
      return null;
    }
    try {
      return type.parse(key, text);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      boolean own = type.form() == ScalarType.Form.ID || type.form() == ScalarType.Form.CHOICE || m.startsWith(key + " (");
      problems.add(node.pos(), own ? m : key + ": " + m);
      return null;
    }
  }

  /** The items of a list for the field {@code key}, each item read by the list's item type. */
  <E> ImmutableList<E> list(String key, Node node, ListType<E> type) {
    ImmutableList.Builder<E> b = ImmutableList.builder();
    for (Node item : items(key, node)) {
      E e = scalar(type.itemName(key), item, type.item());
      if (e != null) {
        b.add(e);
      }
    }
    return b.build();
  }

  /** The items of a sequence, or none after reporting that the value is not a list. */
  List<Node> items(String key, Node node) {
    if (node instanceof Seq s) {
      return s.items();
    }
    problems.add(node.pos(), key + " must be a list, not " + node.describe());
    return List.of();
  }

  /** The text of {@code node}, or null after reporting why it is not text. */
  private String text(String key, Node node, boolean mayBeEmpty) {
    if (node instanceof Scalar s && s.type() == Type.TEXT) {
      if (!mayBeEmpty && CharMatcher.whitespace().matchesAllOf(s.value())) {
        problems.add(node.pos(), key + " must not be blank");
        return null;
      }
      return s.value();
    }
    if (node instanceof Scalar s && s.type() != Type.NULL) {
      problems.add(
          node.pos(),
          key + " must be text, not " + s.describe() + " (quote it: " + quote(s.value()) + ")");
    } else {
      problems.add(node.pos(), key + " must be text, not " + node.describe());
    }
    return null;
  }

  /** A date: text, or a bare year that YAML reads as a number. */
  private String date(String key, Node node) {
    if (node instanceof Scalar s && s.type() == Type.INT) {
      return s.value();
    }
    if (node instanceof Scalar s && s.type() != Type.TEXT) {
      problems.add(node.pos(), key + " must be a date such as 2022-06-29, not " + s.describe());
      return null;
    }
    return text(key, node, false);
  }

  /**
   * What a number field holds when it is not a number, as its parse message shows it; quoted
   * text stays quoted, so that {@code "1"} is not taken for the number 1.
   */
  private static String number(Node node) {
    if (node instanceof Scalar s) {
      return s.type() == Type.TEXT ? quote(s.value()) : shorten(s.value());
    }
    return node.describe();
  }

  /** The value of {@code key} in {@code map}, unless absent or null. */
  static Optional<Node> value(Tree.Map map, String key) {
    return map.get(key).filter(n -> !(n instanceof Scalar s && s.isNull()));
  }
}
