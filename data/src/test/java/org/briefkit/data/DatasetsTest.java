package org.briefkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.TransferId;
import org.briefkit.model.ActorId;
import org.briefkit.model.io.CaseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
  @TempDir Path dir;

  private static final String ONE_ROW =
      DataCases.SIPRI_HEADER + "\n1,Varnya,Haedo,A,,,2030,,1,,2031,,,,,,\n";

  @Test
  void read_noDatasets_returnsTheCaseItself() throws Exception {
    Case c = DataCases.withDatasets();

    assertThat(Datasets.read(c, CaseFolder.of(dir))).isSameAs(c);
  }

  @Test
  void read_again_replacesTheRowsReadBefore_keepsTheAnalystsOwn() throws Exception {
    DataCases.write(dir, "sipri.csv", ONE_ROW);
    ArmsTransfer own = ArmsTransfer.builder(TransferId.of("typed"), ActorId.of("haedo"), ActorId.of("kessaly"))
        .items("Patrol boats").build();
    Case declared = DataCases.withDatasets(DataCases.sipri("sipri.csv").build()).toBuilder().transfers(own).build();

    Case once = Datasets.read(declared, CaseFolder.of(dir));
    Case twice = Datasets.read(once, CaseFolder.of(dir));

    assertThat(once.transfers()).extracting(t -> t.id().value()).containsExactly("typed", "sipri-1");
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void read_missingFile_isAProblemAtTheDeclaration() throws Exception {
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> Datasets.read(DataCases.withDatasets(DataCases.sipri("data/none.csv").build()), CaseFolder.of(dir)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/datasets/0/file");
      assertThat(p.place()).isEmpty();
      assertThat(p.message()).startsWith("dataset sipri: ").contains("data/none.csv");
    });
  }

  @Test
  void read_pathLeavingTheFolder_isRefusedByTheFolderRule() throws Exception {
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> Datasets.read(DataCases.withDatasets(DataCases.sipri("../outside.csv").build()), CaseFolder.of(dir)));

    assertThat(e.problems().get(0).pointer()).isEqualTo("/datasets/0/file");
    assertThat(e.problems().get(0).message()).contains("leads out of");
  }

  @Test
  void read_rowIdTakenByTheCase_isAProblemAtTheRow() throws Exception {
    DataCases.write(dir, "sipri.csv", ONE_ROW);
    ArmsTransfer own = ArmsTransfer.builder(TransferId.of("sipri-1"), ActorId.of("haedo"), ActorId.of("kessaly"))
        .items("Patrol boats").build();
    Case declared = DataCases.withDatasets(DataCases.sipri("sipri.csv").build()).toBuilder().transfers(own).build();

    DatasetException e = catchThrowableOfType(DatasetException.class, () -> Datasets.read(declared, CaseFolder.of(dir)));

    assertThat(DataCases.lines(e)).containsExactly(
        "sipri.csv:2:1: the row's id sipri-1 is an id the case gives one of its own elements: rename that element");
  }

  @Test
  void read_isLargerThanTheTextLimit_stillRead() throws Exception {
    StringBuilder b = new StringBuilder(DataCases.SIPRI_HEADER).append('\n');
    for (int i = 1; i <= 2000; i++) {
      b.append(i).append(",Varnya,Haedo,A,,,2030,,1,,2031,,,,,,\n");
    }
    DataCases.write(dir, "sipri.csv", b.toString());

    Case c = Datasets.read(DataCases.withDatasets(DataCases.sipri("sipri.csv").build()), CaseFolder.of(dir).withMaxFileSize(1000));

    assertThat(c.transfers()).hasSize(2000);
  }
}
