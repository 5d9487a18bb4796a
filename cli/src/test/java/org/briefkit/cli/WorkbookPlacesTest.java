package org.briefkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefkit.model.CaseLocator;
import org.junit.jupiter.api.Test;

class WorkbookPlacesTest {
  private final CaseLocator locator = WorkbookPlaces.locator("case.xlsx");

  @Test
  void locate_tableRow_isItsSheet() {
    assertThat(locator.locate("/judgments/2/statement", 14)).isEqualTo("case.xlsx:Judgments");
    assertThat(locator.locate("/motivations/0/claim")).isEqualTo("case.xlsx:Motivations");
    assertThat(locator.locate("/transfers/1")).isEqualTo("case.xlsx:'Arms transfers'");
  }

  @Test
  void locate_nestedEvidence_isTheEvidenceSheet() {
    assertThat(locator.locate("/motivations/3/evidence/1/text")).isEqualTo("case.xlsx:Evidence");
    assertThat(locator.locate("/events/0/evidence")).isEqualTo("case.xlsx:Evidence");
  }

  @Test
  void locate_casesOwnFields_isTheOverview() {
    assertThat(locator.locate("/title")).isEqualTo("case.xlsx:Overview");
    assertThat(locator.locate("/questions/1")).isEqualTo("case.xlsx:Overview");
  }

  @Test
  void locate_listsWithoutSheet_isTheFile() {
    assertThat(locator.locate("/assumptions/0/status")).isEqualTo("case.xlsx");
    assertThat(locator.locate("/waivers/1/rule")).isEqualTo("case.xlsx");
    assertThat(locator.locate("")).isEqualTo("case.xlsx");
  }
}
