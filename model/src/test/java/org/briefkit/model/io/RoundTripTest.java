package org.briefkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.Case;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever text a case holds, writing it and reading it back gives the same case. The texts
 * come from a seeded generator, so every run tries the same ones.
 */
class RoundTripTest {
  private static final String AWKWARD = " \t\n\r:#-'\"&*!|>%@`{}[],?~0123456789aeiouyYnN.\u0085\u2028\u00a0\ufeff\u0000\u001b";

  static Stream<String> texts() {
    Random random = new Random(20220629L);
    return IntStream.range(0, 200).mapToObj(i -> text(random, i % 2 == 0)).filter(RoundTripTest::representable);
  }

  private static String text(Random random, boolean awkward) {
    int length = 1 + random.nextInt(40);
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      if (awkward) {
        b.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
      } else {
        int cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
        if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          b.appendCodePoint(cp);
        }
      }
    }
    return b.toString();
  }

  /** Text the model accepts: not blank by its own measure. */
  static boolean representable(String s) {
    return !CharMatcher.whitespace().matchesAllOf(s);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void anyText_survivesTheRoundTrip(String text) throws CaseFileException {
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
