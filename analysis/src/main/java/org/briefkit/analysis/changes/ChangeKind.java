package org.briefkit.analysis.changes;

import org.briefkit.model.Keyed;

/** What happened to an element between two versions of a case. */
public enum ChangeKind implements Keyed {
  /** In the new version only. */
  ADDED,
  /** In the old version only. */
  REMOVED,
  /** In both, with different values. */
  CHANGED
}
