package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.Test;

class MaterialsTest {
  private static final Path FICTIONAL = MainTest.repositoryRoot().resolve("samples/fictional");

  /** What `render --watch` watches besides the case file: every file the case names. */
  @Test
  void named_fictionalSample_listsItsTextsPreviousVersionAndDatasets() throws Exception {
    Path file = FICTIONAL.resolve("calder-strait.yaml");

    assertThat(Materials.named(file, CaseFiles.read(file)))
        .contains(FICTIONAL.resolve("calder-strait-v1.yaml"),
            FICTIONAL.resolve("data/sipri-trade-register.csv"),
            FICTIONAL.resolve("data/acled-events.csv"))
        .anySatisfy(p -> assertThat(p.getParent()).isEqualTo(FICTIONAL.resolve("texts")));
  }
}
