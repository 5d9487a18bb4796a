package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.Case;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;

/** Whatever text a case holds, writing it and reading it back gives the same case. */
class RoundTripProperties {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
            Arbitraries.strings().withChars(" \t\n\r:#-'\"&*!|>%@`{}[],?~0123456789aeiouyYnN.").ofMinLength(1).ofMaxLength(30))
        .filter(RoundTripProperties::representable);
  }

  /** Text a YAML file can hold: no lone surrogates; and not blank, which the model refuses. */
  static boolean representable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return !s.isBlank() && !s.chars().allMatch(Character::isWhitespace);
  }

  @Property(tries = 200)
  void anyText_survivesTheRoundTrip(@ForAll("texts") String text) throws CaseFileException {
    Case c =
        Case.builder("c", text)
            .subtitle(text)
            .summary(text)
            .questions(text, text + "?")
            .actors(Actor.builder(ActorId.of("a"), text, ActorKind.PERSON).localName(text).role(text).build())
            .events(Event.builder(EventId.of("e"), text, EventKind.OTHER).significance(text).location(text).build())
            .build();

    String yaml = CaseWriter.toYaml(c);

    assertThat(CaseFiles.parse(yaml, "written.yaml")).as(yaml).isEqualTo(c);
  }
}
