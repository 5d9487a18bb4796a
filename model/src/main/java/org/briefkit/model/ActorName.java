package org.briefkit.model;

import java.util.Objects;

/**
 * The name a dataset gives one of the case's actors: SIPRI's {@code Varnland}, ACLED's {@code
 * Military Forces of Calder (2019-)}. A dataset lists these to map the names in its rows to the
 * case's actors; written {@code Name = actor-id}.
 *
 * @param name the name as the dataset writes it (not blank; compared ignoring case)
 * @param actor the case's actor it stands for
 */
public record ActorName(String name, ActorId actor) {
  /** Checks that the name is not blank and holds no {@code =} or line break. */
  public ActorName {
    Texts.required("dataset name", name);
    if (!name.equals(name.strip()) || name.indexOf('=') >= 0 || name.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "dataset name (" + Texts.quote(name) + ") must hold no '=', line break or outer spaces");
    }
    Objects.requireNonNull(actor, "actor must not be null");
  }

  /**
   * Parses {@code Republic of Calder = calder}: the dataset's name, an equals sign, the actor id.
   *
   * @throws IllegalArgumentException naming the text and the form expected
   */
  public static ActorName parse(String text) {
    Texts.nonNull("actor name", text);
    int eq = text.lastIndexOf('=');
    if (eq <= 0 || text.substring(0, eq).isBlank() || text.substring(eq + 1).isBlank()) {
      throw new IllegalArgumentException(
          "actor name (" + Texts.quote(text) + ") must be written \"Name in the dataset = actor-id\"");
    }
    return new ActorName(text.substring(0, eq).strip(), ActorId.of(text.substring(eq + 1).strip()));
  }

  /** As written in a case file: {@code Republic of Calder = calder}. */
  public String format() {
    return name + " = " + actor.value();
  }
}
