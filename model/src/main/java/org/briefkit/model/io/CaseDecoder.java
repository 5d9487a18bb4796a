package org.briefkit.model.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefkit.model.Case;
import org.briefkit.model.CaseId;
import org.briefkit.model.InvalidCaseException;
import org.briefkit.model.Problem;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.io.Tree.Node;
import org.briefkit.model.io.Tree.Scalar;

/**
 * Turns a {@link Tree} into a {@link Case} by the {@link CaseFormat}, reporting every problem at
 * the node that causes it: first each element's own problems, then the whole case's integrity
 * problems, located by their JSON Pointers.
 */
final class CaseDecoder {
  private CaseDecoder() {}

  /**
   * A case decoded, with what locating its values needs: the file's mapping and, for each list
   * of records, the file's index of each element the case kept.
   */
  record Decoded(Case value, Tree.Map root, Map<String, List<Integer>> kept) {}

  /** Decodes {@code root}; returns the case, or empty when {@code problems} has grown. */
  static Optional<Decoded> decode(Node root, Problems problems) {
    if (!(root instanceof Tree.Map map)) {
      if (root instanceof Scalar s && s.isNull()) {
        problems.add(root.pos(), "the file holds no case: a case file is a YAML mapping with at least id and title");
      } else {
        problems.add(root.pos(), "a case file must be a mapping of keys to values, not " + root.describe());
      }
      return Optional.empty();
    }
    NodeValues values = new NodeValues(problems);
    NodeValues.value(map, CaseFormat.VERSION_KEY)
        .ifPresent(v -> values.scalar(CaseFormat.VERSION_KEY, v, CaseFormat.VERSION_TYPE));
    RecordDecoder records = new RecordDecoder(problems);
    Map<String, List<Integer>> kept = new HashMap<>();
    RecordDecoder.Decoded<Case.Builder> d =
        records.fields(map, CaseFormat.CASE, Set.of(CaseFormat.VERSION_KEY), kept);
    // Built even when the case's own values have problems, with stand-ins for what is missing,
    // so that the integrity problems of the rest are reported in the same run.
    Case.Builder builder = d.builder();
    if (!d.given().contains("id")) {
      builder.id(CaseId.of("case"));
    }
    if (!d.given().contains("title")) {
      builder.title("untitled");
    }
    try {
      Case c = builder.build();
      return problems.isEmpty() ? Optional.of(new Decoded(c, map, kept)) : Optional.empty();
    } catch (InvalidCaseException e) {
      IntegrityLocator locator = new IntegrityLocator(map, kept, records.failed(), problems);
      // Given but not read: its own problem is reported already.
      boolean scaleFailed = NodeValues.value(map, "scale").isPresent() && !d.given().contains("scale");
      for (Problem p : e.problems()) {
        // A likelihood is checked against the scale; when the scale itself is wrong, that is the
        // one problem to report.
        if (!(scaleFailed && p.kind() == Problem.Kind.NOT_IN_SCALE)) {
          locator.report(p);
        }
      }
    } catch (IllegalArgumentException e) {
      problems.add(map.pos(), e.getMessage());
    }
    return Optional.empty();
  }
}
