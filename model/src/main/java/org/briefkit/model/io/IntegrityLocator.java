package org.briefkit.model.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefkit.model.Id;
import org.briefkit.model.Problem;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Scalar;
import org.briefkit.model.io.Tree.Seq;

/**
 * Locates the case's integrity problems in the file: each problem's JSON Pointer is walked
 * through the tree, the list indexes mapped back to the file's (elements left out for problems
 * of their own shift them). A reference to such an element is not reported again.
 */
final class IntegrityLocator {
  private final Tree.Map root;
  private final Map<String, List<Integer>> kept;
  private final Set<Id> failed;
  private final Problems problems;

  IntegrityLocator(Tree.Map root, Map<String, List<Integer>> kept, Set<Id> failed, Problems problems) {
    this.root = root;
    this.kept = kept;
    this.failed = failed;
    this.problems = problems;
  }

  /** Reports {@code p} at the node its path names, unless it only echoes an earlier problem. */
  void report(Problem p) {
    if (p.echoes(failed)) {
      return; // the element it names was left out for problems of its own, already reported
    }
    Node node = node(p.path());
    problems.add(node.pos(), p.message() + firstGiven(p, node));
  }

  private Node node(String path) {
    return FileLocator.find(root, kept, path).node();
  }

  /** For a duplicate id, where the id was first given: " (first given at line 4)". */
  private String firstGiven(Problem p, Node duplicate) {
    String[] parts = p.path().split("/");
    if (p.kind() != Problem.Kind.DUPLICATE_ID || parts.length < 2 || !(duplicate instanceof Scalar id)) {
      return "";
    }
    Optional<Node> list = root.get(parts[1]);
    if (list.isEmpty() || !(list.get() instanceof Seq seq)) {
      return "";
    }
    for (Node item : seq.items()) {
      if (item instanceof Tree.Map m
          && m.get("id").orElse(null) instanceof Scalar s
          && s.value().equals(id.value())
          && !s.pos().equals(id.pos())) {
        return " (first given at line " + s.pos().line() + ")";
      }
    }
    return "";
  }
}
