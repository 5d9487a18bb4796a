package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NeedleTest {
  @Test
  void find_firstLetterInEitherCase_theRestExactly() {
    Needle n = Needle.of("Primarily driven");

    assertThat(n.find("is primarily driven", 0)).isEqualTo(3);
    assertThat(n.find("Primarily driven", 0)).isZero();
    assertThat(n.find("is primarily Driven", 0)).isEqualTo(-1);
    assertThat(n.find("is primarily driven", 4)).isEqualTo(-1);
  }

  @Test
  void find_oneCharacter_andOverlaps() {
    assertThat(Needle.of("a").find("bbA", 0)).isEqualTo(2);
    assertThat(Needle.of("aab").find("aaaab", 0)).isEqualTo(2);
    assertThat(Needle.of("abab").find("xabababab", 2)).isEqualTo(3);
  }

  @Test
  void find_agreesWithANaiveSearch_onRandomTexts() {
    Random r = new Random(15);
    for (int run = 0; run < 2000; run++) {
      String text = random(r, 1 + r.nextInt(40));
      String key = random(r, 1 + r.nextInt(4));
      int from = r.nextInt(text.length() + 1);
      assertThat(Needle.of(key).find(text, from)).as("%s in %s from %d", key, text, from).isEqualTo(naive(text, key, from));
    }
  }

  private static String random(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("abAB".charAt(r.nextInt(4)));
    }
    return b.toString();
  }

  private static int naive(String text, String key, int from) {
    for (int i = from; i + key.length() <= text.length(); i++) {
      boolean first = Character.toLowerCase(text.charAt(i)) == Character.toLowerCase(key.charAt(0));
      if (first && text.startsWith(key.substring(1), i + 1)) {
        return i;
      }
    }
    return -1;
  }
}
