package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Korean particle that fits a word, by the word's last sound (batchim). */
class ParticlesTest {

  @ParameterizedTest
  @CsvSource({
    // Hangul: a final consonant or none.
    "한국, 한국은",
    "나토, 나토는",
    "북한, 북한은",
    "미국, 미국은",
    "러시아, 러시아는",
    "중국(People's Republic of China), 중국(People's Republic of China)은",
    "북대서양조약기구(NATO), 북대서양조약기구(NATO)는",
    // Latin letters and digits as Korean reads them.
    "NATO, NATO는",
    "EU, EU는",
    "UN, UN은",
    "H1, H1은",
    "H2, H2는",
    "Seoul, Seoul은",
    "Japan, Japan은",
    "Ukraine, Ukraine는",
    "'동기 7개', '동기 7개는'",
    "'약점 1건', '약점 1건은'",
  })
  void attach_topicParticle_fitsTheLastSound(String word, String expected) {
    assertThat(Particles.attach(word, "은", "는")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"한국, 이", "북한(North Korea), 이", "미국(United States), 이", "러시아, 가", "H1, 이", "H4, 가"})
  void choose_subjectParticle(String word, String particle) {
    assertThat(Particles.choose(word, "이", "가")).isEqualTo(particle);
  }

  @ParameterizedTest
  @CsvSource({"서울, 로", "한국, 으로", "나토, 로", "−1.41, 로", "0.00, 으로", "7, 로", "3, 으로"})
  void choose_instrumentalParticle_takesRoAfterRieul(String word, String particle) {
    assertThat(Particles.choose(word, "으로", "로")).isEqualTo(particle);
  }

  @Test
  void hasFinalConsonant_hangulSyllable_readsTheJongseong() {
    assertThat(Particles.hasFinalConsonant("각")).isTrue();
    assertThat(Particles.hasFinalConsonant("가")).isFalse();
    assertThat(Particles.hasFinalConsonant("힣")).isTrue();
  }

  @Test
  void attach_blankWord_isRefused() {
    assertThatThrownBy(() -> Particles.attach(" ", "은", "는"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("word (\" \") must not be blank");
  }
}
