package org.briefkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void id_withSpace_throwsNamingKindValueAndRule() {
    assertThatThrownBy(() -> StakeholderId.of("south korea"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "stakeholder id (\"south korea\") must start with a letter or digit and contain only"
                + " letters, digits, '.', '_' or '-' (at most 64 characters)");
  }

  @Test
  void id_tooLong_throws() {
    assertThatThrownBy(() -> ActorId.of("a".repeat(65)))
        .hasMessageStartingWith("actor id (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\") must");
  }

  @Test
  void ids_ofDifferentKinds_areNeverEqual() {
    assertThat((Object) ActorId.of("nato")).isNotEqualTo(StakeholderId.of("nato"));
  }

  @Test
  void salience_ofWeight_outOfRange_throws() {
    assertThatThrownBy(() -> Salience.ofWeight(7)).hasMessage("salience (7) must be 1, 2 or 3");
    assertThat(Salience.ofWeight(3)).isEqualTo(Salience.PRIMARY);
    assertThat(Salience.SUBSIDIARY.weight()).isEqualTo(1);
  }

  @Test
  void enumParse_unknown_listsAllowedKeys() {
    assertThatThrownBy(() -> TransferStatus.parse("rumoured"))
        .hasMessage("transferStatus (\"rumoured\") must be one of delivered, ordered, planned, possible");
    assertThatThrownBy(() -> Salience.parse("main"))
        .hasMessage("salience (\"main\") must be one of primary, secondary, subsidiary");
  }

  /** Grades written in capitals, as the Admiralty system writes them. */
  enum Grade implements Keyed {
    A,
    B;

    @Override
    public String key() {
      return name();
    }
  }

  @Test
  void enumParse_upperCaseKeys_matchInAnyCase() {
    assertThat(Keyed.parse(Grade.class, "grade", "b")).isEqualTo(Grade.B);
    assertThat(Keyed.parse(Grade.class, "grade", " B ")).isEqualTo(Grade.B);
    assertThatThrownBy(() -> Keyed.parse(Grade.class, "grade", "C"))
        .hasMessage("grade (\"C\") must be one of A, B");
  }

  @Test
  void enumParse_acceptsKeyAndNameInAnyCase_andIgnoresDefaultLocale() {
    assertThat(EventKind.parse("office-change")).isEqualTo(EventKind.OFFICE_CHANGE);
    assertThat(EventKind.parse("OFFICE_CHANGE")).isEqualTo(EventKind.OFFICE_CHANGE);
    // 'I' lower-cases to dotless 'ı' in Turkish: parsing must not depend on the default locale.
    assertThat(Instrument.parse("INFORMATION")).isEqualTo(Instrument.INFORMATION);
    assertThat(Likelihood.ROUGHLY_EVEN_CHANCE.key()).isEqualTo("roughly-even-chance");
    assertThat(EventKind.OFFICE_CHANGE.label()).isEqualTo("Office change");
  }

  @Test
  void colour_parseAndPrint_roundTrips() {
    Colour c = Colour.parse("#1f77b4");

    assertThat(c).hasToString("#1F77B4");
    assertThat(List.of(c.red(), c.green(), c.blue())).containsExactly(0x1F, 0x77, 0xB4);
    assertThatThrownBy(() -> Colour.parse("blue"))
        .hasMessage("colour (\"blue\") must be #RRGGBB, e.g. #1F77B4");
  }

  @Test
  void locator_parsesCommonForms_andCites() {
    assertThat(Locator.parse("para 4")).isEqualTo(Locator.paragraph(4));
    assertThat(Locator.parse("¶4").cite()).isEqualTo("¶4");
    assertThat(Locator.parse("paragraphs 4-5").cite()).isEqualTo("¶4–5");
    assertThat(Locator.parse("p. 12")).hasToString("p. 12");
    assertThat(Locator.parse("pp. 3-4").cite()).isEqualTo("pp. 3–4");
    assertThat(Locator.parse("section 2").cite()).isEqualTo("§2");
    assertThatThrownBy(() -> Locator.parse("line 4"))
        .hasMessage("locator (\"line 4\") must be like \"para 4\", \"p. 12\" or \"section 2\"");
  }

  @Test
  void locator_sectionsAndAnnexes_parse() {
    assertThat(Locator.parse("section 2.3.1").cite()).isEqualTo("§2.3.1");
    assertThat(Locator.parse("§2.1-2.4").cite()).isEqualTo("§2.1–2.4");
    assertThat(Locator.parse("section A")).hasToString("section A");
    assertThat(Locator.parse("section A.2-B")).hasToString("section A.2-B");
    assertThat(Locator.parse("section 9-A").cite()).isEqualTo("§9–A");
    assertThat(Locator.parse("pp. 4-4")).hasToString("p. 4-4");
  }

  @Test
  void locator_valueNotANumberOrSection_namesTheValueAndTheForms() {
    assertThatThrownBy(() -> Locator.parse("page twelve"))
        .hasMessage(
            "locator (\"page twelve\") must give a page number from 1, or a range such as 12-14"
                + " that does not end before it starts");
    assertThatThrownBy(() -> Locator.parse("section B-A"))
        .hasMessage(
            "locator (\"section B-A\") must give a section such as 2, 2.3 or A (an annex), or a"
                + " range such as 2.1-2.4 that does not end before it starts");
    assertThatThrownBy(() -> Locator.paragraph(0))
        .hasMessage(
            "locator (\"para 0\") must give a paragraph number from 1, or a range such as 4-5"
                + " that does not end before it starts");
    assertThatThrownBy(() -> new Locator(Locator.Kind.SECTION, "a"))
        .hasMessageStartingWith("locator (\"section a\") must give a section");
  }

  @Test
  void actor_unknownCountryCode_throws() {
    assertThatThrownBy(
            () -> Actor.builder(ActorId.of("rok"), "Korea", ActorKind.STATE).country("ROK").build())
        .hasMessage("country (\"ROK\") must be an ISO 3166-1 alpha-2 code such as KR");
  }

  @Test
  void blankText_isRejectedWithFieldName() {
    assertThatThrownBy(
            () ->
                Motivation.builder(
                        MotivationId.of("m"), StakeholderId.of("s"), DomainId.of("d"))
                    .claim("  ")
                    .build())
        .hasMessage("motivation claim must not be blank");
  }

  @Test
  void source_relativeUrl_throws() {
    assertThatThrownBy(() -> Source.builder(SourceId.of("s"), "T").url("example.org/x").build())
        .hasMessage("url (\"example.org/x\") must be an absolute http, https or file URI");
  }

  @Test
  void suggestions_findCloseTypos_only() {
    assertThat(Suggestions.closest("natoo", List.of("nato", "rok"))).contains("nato");
    assertThat(Suggestions.closest("china", List.of("nato", "rok"))).isEmpty();
    assertThat(Suggestions.didYouMean("stakeholdr", List.of("stakeholder")))
        .isEqualTo(" (did you mean \"stakeholder\"?)");
  }

  @Test
  void text_longerThanASpreadsheetCell_isRejected() {
    String summary = "x".repeat(32_768);

    assertThatThrownBy(() -> Case.builder("c", "T").summary(summary).build())
        .hasMessage(
            "summary is 32768 characters long; at most 32767 are allowed (what a spreadsheet"
                + " cell holds)");
    assertThat(Case.builder("c", "T").summary("x".repeat(32_767)).build().summary()).hasSize(32_767);
  }

  @Test
  void optionalText_blank_isRejected() {
    assertThatThrownBy(() -> Case.builder("c", "T").marking(" ").build())
        .hasMessage("marking must not be blank");
  }
}
