package org.briefkit.analysis.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseOrderTest {
  @Test
  void sort_pointers_followTheCaseFormatsOrder() {
    List<String> pointers =
        new ArrayList<>(
            List.of(
                "/waivers/0/rule",
                "/judgments/10/id",
                "/assumptions/0/statement",
                "/judgments/9/confidence",
                "/assumptions/0/status",
                "/judgments/9/statement",
                "/motivations/0/evidence/1/text",
                "/motivations/0/evidence/1/source",
                "/judgments/9",
                "/title"));

    pointers.sort(CaseOrder.INSTANCE);

    assertThat(pointers)
        .containsExactly(
            "/title",
            "/motivations/0/evidence/1/source",
            "/motivations/0/evidence/1/text",
            "/judgments/9",
            "/judgments/9/statement",
            "/judgments/9/confidence",
            "/judgments/10/id",
            "/assumptions/0/status",
            "/assumptions/0/statement",
            "/waivers/0/rule");
  }
}
