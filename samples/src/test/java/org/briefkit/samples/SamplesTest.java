package org.briefkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {
  @Test
  void all_listsFlagshipFirstThenFictional() {
    assertThat(Samples.all())
        .extracting(Sample::name)
        .containsExactly("madrid-2022/korea-nato", "madrid-2022/korea-nato-ko", "fictional/calder-strait");
  }

  @Test
  void named_fullNameOrStem_findsSample() {
    assertThat(Samples.named("madrid-2022/korea-nato")).isSameAs(Samples.MADRID_2022);
    assertThat(Samples.named("calder-strait")).isSameAs(Samples.CALDER_STRAIT);
    assertThat(Samples.named("korea-nato-ko")).isSameAs(Samples.MADRID_2022_KO);
  }

  @Test
  void named_typo_suggestsClosestAndListsAll() {
    assertThatThrownBy(() -> Samples.named("madrid-2022/korea-nat0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no sample named \"madrid-2022/korea-nat0\" (did you mean \"madrid-2022/korea-nato\"?);"
                + " the samples are madrid-2022/korea-nato, madrid-2022/korea-nato-ko, fictional/calder-strait");
  }

  @Test
  void fileNameAndResource_followTheName() {
    assertThat(Samples.MADRID_2022.fileName()).isEqualTo("korea-nato.yaml");
    assertThat(Samples.MADRID_2022.resource())
        .isEqualTo("org/briefkit/samples/madrid-2022/korea-nato.yaml");
  }

  @Test
  void constructor_badName_isRefused() {
    assertThatThrownBy(() -> new Sample("Madrid 2022", "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sample name (\"Madrid 2022\") must be lower-case words, digits and hyphens joined by '/'");
  }

  @Test
  void missingResource_openFailsWithItsName() {
    Sample ghost = new Sample("no/such-sample", "ghost");
    assertThatThrownBy(ghost::open)
        .isInstanceOf(IOException.class)
        .hasMessage("sample no/such-sample is missing from the classpath: org/briefkit/samples/no/such-sample.yaml");
    assertThatThrownBy(ghost::url).isInstanceOf(IllegalStateException.class);
  }

  static Iterable<Sample> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void classpathCopy_isTheFileInTheRepository(Sample sample) throws IOException {
    Path file = Path.of(System.getProperty("briefkit.repo"), "samples", sample.name() + ".yaml");
    String onDisk = Files.readString(file, StandardCharsets.UTF_8);
    try (InputStream in = sample.open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(onDisk);
    }
    assertThat(sample.text()).isEqualTo(onDisk).startsWith("# ");
  }
}
