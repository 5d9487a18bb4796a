package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One thing wrong with a case, found by the integrity check: what kind of problem, where it is,
 * which ids it concerns, and a message for people. Readers of case files and workbooks locate a
 * problem from its path and act on its kind and ids, never on the wording of its message.
 *
 * @param kind what is wrong
 * @param path a JSON Pointer (RFC 6901) to the offending element of the case as written in a
 *     case file, such as {@code /motivations/3/stakeholder}; the case-file reader turns it into a
 *     line and column
 * @param ids the ids the problem concerns, as {@link Kind} documents for each kind
 * @param message what is wrong, naming the ids involved
 */
public record Problem(Kind kind, String path, ImmutableList<Id> ids, String message) {
  /** What is wrong, and which ids a problem of that kind carries. */
  public enum Kind {
    /** Two elements of one list share an id; {@code ids} holds that id. */
    DUPLICATE_ID,
    /**
     * A reference names no element of its kind; {@code ids} holds the referring element's id and
     * then the id that does not resolve (whose type says what kind of element was meant).
     */
    UNKNOWN_REFERENCE,
    /** An element refers to itself where it may not (an actor affiliated with itself); {@code ids} holds its id. */
    SELF_REFERENCE,
    /** A transfer whose supplier is its recipient; {@code ids} holds the transfer's id and the actor's. */
    SAME_PARTIES,
    /** A key judgment supported by no motivation; {@code ids} holds the judgment's id. */
    UNSUPPORTED_JUDGMENT,
    /**
     * An assumption that underpins no judgment, or an indicator that bears on none; {@code ids}
     * holds its id.
     */
    UNLINKED,
    /**
     * An indicator that both strengthens and weakens one judgment; {@code ids} holds the
     * indicator's id and the judgment's.
     */
    CONTRADICTORY_LINK,
    /**
     * A judgment's likelihood that is not a row of the case's estimative scale; {@code ids} holds
     * the judgment's id.
     */
    NOT_IN_SCALE,
    /** An ACH matrix whose question is not one of the case's; {@code ids} holds the matrix' id. */
    NO_SUCH_QUESTION,
    /** An ACH matrix with fewer than two hypotheses; {@code ids} holds the matrix' id. */
    TOO_FEW_HYPOTHESES,
    /**
     * An ACH item of kind evidence without a source, or of kind assumption without an
     * assumption; {@code ids} holds the item's id.
     */
    MISSING_CITATION,
    /**
     * An ACH item with not one rating per hypothesis; {@code ids} holds the item's id.
     */
    RATINGS_MISMATCH
  }

  /** Checks that every part is present and copies the ids. */
  public Problem {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(path, "path must not be null");
    ids = ImmutableList.copyOf(ids);
    Texts.required("message", message);
  }

  /** For an {@link Kind#UNKNOWN_REFERENCE}, the id that does not resolve. */
  public Optional<Id> unresolved() {
    return kind == Kind.UNKNOWN_REFERENCE && !ids.isEmpty()
        ? Optional.of(ids.get(ids.size() - 1))
        : Optional.empty();
  }

  /**
   * Whether the problem only echoes one reported already: it is a reference to an element that
   * a reader left out for problems of its own, one of {@code leftOut} (matched by typed id,
   * never by the message's wording).
   */
  public boolean echoes(Set<? extends Id> leftOut) {
    return unresolved().map(leftOut::contains).orElse(false);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
