package org.briefkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import org.briefkit.model.Case;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.model.io.CaseWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleLoadTest {
  static Iterable<Sample> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void load_everySample_hasNoProblems(Sample sample) throws IOException {
    Case loaded;
    try {
      loaded = sample.load();
    } catch (CaseFileException e) {
      fail("%s has problems:%n%s", sample.fileName(), e.getMessage());
      return;
    }
    assertThat(loaded.stakeholders()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(loaded.motivations()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writeThenRead_everySample_givesAnEqualCase(Sample sample) throws IOException {
    Case loaded = sample.load();

    Case again = CaseFiles.parse(CaseWriter.toYaml(loaded), sample.fileName());

    assertThat(again).isEqualTo(loaded);
  }
}
