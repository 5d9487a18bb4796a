package org.briefkit.report.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.tradecraft.Tradecraft;
import org.junit.jupiter.api.Test;

class TradecraftAnnexTest {
  @Test
  void rulesThatNeedMaterials_areBriefKitsRules() {
    List<String> ids = new ArrayList<>(TradecraftAnnex.CITATION_RULES);
    ids.add(TradecraftAnnex.CHANGE_RULE);

    assertThat(Tradecraft.ids()).containsAll(ids);
  }
}
