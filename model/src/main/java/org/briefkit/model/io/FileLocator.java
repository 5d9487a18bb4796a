package org.briefkit.model.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.CaseLocator;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Pos;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Seq;

/**
 * Where the values of a case read from a file were written: a JSON Pointer is walked through
 * the file's tree (the case's list indexes mapped back to the file's), and a character offset
 * in a text value through the scalar's source text ({@link ScalarPlaces}). A pointer that goes
 * further than the file (a field left to its default) stops at the deepest value it reaches.
 */
final class FileLocator implements CaseLocator {
  private final String name;
  private final FileText text;
  private final Tree.Map root;
  private final Map<String, List<Integer>> kept;

  FileLocator(String name, FileText text, Tree.Map root, Map<String, List<Integer>> kept) {
    this.name = name;
    this.text = text;
    this.root = root;
    this.kept = kept;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here {@code name:line:column}. The offset places a character of a text value (0 its first,
   * after an opening quote or a block scalar's header); it is ignored for other values.
   *
   * @throws IllegalArgumentException if the offset is negative
   */
  @Override
  public String locate(String pointer, int offset) {
    Objects.requireNonNull(pointer, "pointer must not be null");
    if (offset < 0) {
      throw new IllegalArgumentException("offset (" + offset + ") must not be negative");
    }
    Pos pos = position(pointer, offset);
    return name + ":" + pos.line() + ":" + pos.column();
  }

  synchronized Pos position(String pointer, int offset) {
    Found found = find(root, kept, pointer);
    if (found.whole() && found.node() instanceof Scalar s && s.start() >= 0 && s.end() >= s.start()) {
      String source = text.codePoints(s.start(), s.end());
      return ScalarPlaces.of(source, 0, source.length(), s, Math.min(offset, s.value().length())).orElse(s.pos());
    }
    return found.node().pos();
  }

  /** The node a pointer leads to, and whether it got there or stopped short. */
  record Found(Node node, boolean whole) {}

  /**
   * Walks {@code pointer} from {@code root}, mapping the index into each top-level list of
   * records through {@code kept} (the file's index of each element the case kept).
   */
  static Found find(Tree.Map root, Map<String, List<Integer>> kept, String pointer) {
    Node node = root;
    String[] parts = pointer.split("/", -1);
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
        return new Found(node, false);
      }
      node = next.get();
    }
    return new Found(node, true);
  }
}
