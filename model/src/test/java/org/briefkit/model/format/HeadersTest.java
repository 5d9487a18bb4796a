package org.briefkit.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The format's headers in English and Korean: complete, the English ones the fields' own. */
class HeadersTest {
  private static final Headers EN = Headers.of("en");
  private static final Headers KO = Headers.of("ko");

  @Test
  void english_isEveryFieldsOwnHeader() {
    for (Entity<?, ?> e : CaseFormat.ALL) {
      for (Field<?, ?, ?> f : e.fields()) {
        assertThat(EN.messages().texts()).as(e.name() + "." + f.name()).containsEntry(e.name() + "." + f.name(), f.header());
      }
    }
  }

  @Test
  void bundles_haveTheSameKeys_oneForEveryField() {
    assertThat(KO.messages().texts().keySet()).isEqualTo(EN.messages().texts().keySet());
    int fields = CaseFormat.ALL.stream().mapToInt(e -> e.fields().size()).sum();
    assertThat(EN.messages().texts()).hasSize(fields);
  }

  @Test
  void korean_headersOfOneEntity_areDistinctAndKorean() {
    for (Entity<?, ?> e : CaseFormat.ALL) {
      Set<String> seen = new HashSet<>();
      for (Field<?, ?, ?> f : e.fields()) {
        String header = KO.of(e, f);
        assertThat(seen.add(header)).as(e.name() + ": " + header + " twice").isTrue();
      }
    }
    assertThat(KO.of("motivation", "salience")).isEqualTo("비중");
    assertThat(KO.language()).isEqualTo("ko");
  }

  @Test
  void of_unknownField_isItsName() {
    assertThat(KO.of("motivation", "nothing")).isEqualTo("nothing");
  }
}
