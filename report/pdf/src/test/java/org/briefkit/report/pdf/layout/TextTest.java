package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void paragraphs_blankLinesSeparate_singleBreaksBecomeSpaces() {
    String text = "  First line\n  goes on.\n\n \n Second\nparagraph.\n";

    assertThat(Text.paragraphs(text)).containsExactly("First line goes on.", "Second paragraph.");
  }

  @Test
  void flow_lineBreaksAndTheirSpace_becomeOneSpace() {
    assertThat(Text.flow(" a \n  b\nc ")).isEqualTo("a b c");
  }

  @Test
  void clip_shortText_isUnchanged() {
    assertThat(Text.clip("Madrid summit", 64)).isEqualTo("Madrid summit");
  }

  @Test
  void clip_longText_cutsAtAWordAndDropsTrailingPunctuation() {
    String clipped = Text.clip("Jun 2022  Madrid summit, with partners; and more to come", 30);

    assertThat(clipped).isEqualTo("Jun 2022  Madrid summit…");
    assertThat(clipped.length()).isLessThanOrEqualTo(30);
  }

  @Test
  void clip_noSpaceInTheSecondHalf_cutsMidWord() {
    assertThat(Text.clip("Supercalifragilistic", 10)).isEqualTo("Supercali…");
  }
}
