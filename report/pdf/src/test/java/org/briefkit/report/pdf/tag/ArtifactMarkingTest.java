package org.briefkit.report.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArtifactMarkingTest {
  private static String mark(String content) {
    byte[] in = content.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = ArtifactMarking.mark(in, in.length);
    return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
  }

  @Test
  void path_fromItsFirstSegmentToItsPaint_isAnArtifact() {
    assertThat(mark("q 0.5 w 1 0 0 RG 10 20 m 30 20 l S Q"))
        .isEqualTo("q 0.5 w 1 0 0 RG /Artifact BMC\n10 20 m 30 20 l S\nEMC Q");
  }

  @Test
  void rectangleFill_andXObject_andUntaggedText_areEachAnArtifact() {
    assertThat(mark("1 g 0 0 5 5 re f /Xf1 Do BT /F1 8 Tf (Page 1) Tj ET"))
        .isEqualTo("1 g /Artifact BMC\n0 0 5 5 re f\nEMC /Artifact BMC\n/Xf1 Do\nEMC "
            + "BT /F1 8 Tf /Artifact BMC\n(Page 1) Tj\nEMC ET");
  }

  @Test
  void markedContent_isLeftAsItIs() {
    String tagged = "BT /P <</MCID 0 /Lang (ko)>> BDC [(a) -20 (b)] TJ EMC ET /Figure <</MCID 1>> BDC /Xf1 Do EMC";
    assertThat(mark(tagged)).isNull();
  }

  @Test
  void clippingPath_isNotPainting() {
    assertThat(mark("q 0 0 5 5 re W n /Xf1 Do Q")).isEqualTo("q 0 0 5 5 re W n /Artifact BMC\n/Xf1 Do\nEMC Q");
  }

  @Test
  void operatorsInsideStringsArraysAndDictionaries_areOperands() {
    assertThat(mark("/Span <</ActualText (re f \\) Tj)>> BDC [(S) 10 (\\(Do\\))] TJ EMC")).isNull();
    assertThat(mark("<414243> Tj")).isEqualTo("/Artifact BMC\n<414243> Tj\nEMC");
  }

  @Test
  void inlineImage_isAnArtifact() {
    assertThat(mark("q BI /W 1 /H 1 /CS /G /BPC 8 ID \u00ff EI Q"))
        .isEqualTo("q /Artifact BMC\nBI /W 1 /H 1 /CS /G /BPC 8 ID \u00ff EI\nEMC Q");
  }

  @Test
  void onlyTheGivenLength_isRead() {
    byte[] in = "0 0 1 1 re f garbage".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(new String(ArtifactMarking.mark(in, 12), StandardCharsets.ISO_8859_1))
        .isEqualTo("/Artifact BMC\n0 0 1 1 re f\nEMC");
  }
}
