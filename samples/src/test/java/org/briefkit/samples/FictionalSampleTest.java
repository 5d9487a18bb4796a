package org.briefkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Actor;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Event;
import org.briefkit.model.Motivation;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.briefkit.model.Salience;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fictional sample stretches the format where the flagship does not. */
class FictionalSampleTest {
  private static Case fictional;

  @BeforeAll
  static void load() throws IOException {
    fictional = Samples.CALDER_STRAIT.load();
  }

  @Test
  void isMarkedFictional_inTitleMarkingAndSummary() {
    assertThat(fictional.title()).contains("fictional");
    assertThat(fictional.marking()).contains("FICTIONAL SCENARIO — EXERCISE ONLY");
    assertThat(fictional.summary()).startsWith("This case is invented.");
    assertThat(fictional.actors()).extracting(Actor::country).allMatch(Optional::isEmpty);
  }

  @Test
  void stakeholders_areFiveOfThreeKinds_someWithoutColour() {
    assertThat(fictional.stakeholders()).hasSize(5);
    assertThat(fictional.stakeholders())
        .extracting(Stakeholder::kind)
        .containsOnly(StakeholderKind.ALLIANCE, StakeholderKind.STATE, StakeholderKind.ORGANISATION)
        .contains(StakeholderKind.ALLIANCE, StakeholderKind.STATE, StakeholderKind.ORGANISATION);
    assertThat(fictional.stakeholders())
        .filteredOn(s -> s.colour().isEmpty())
        .extracting(s -> s.id().value())
        .containsExactly("haedo", "meridian");
    assertThat(fictional.stakeholders())
        .extracting(s -> s.id().value())
        .doesNotContain("nato", "rok");
  }

  @Test
  void motivations_areAtLeastThirty_atEverySalience_forEveryStakeholder() {
    assertThat(fictional.motivations()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(fictional.motivations())
        .extracting(Motivation::salience)
        .contains(Salience.PRIMARY, Salience.SECONDARY, Salience.SUBSIDIARY);
    for (Stakeholder s : fictional.stakeholders()) {
      assertThat(fictional.motivations()).anyMatch(m -> m.stakeholder().equals(s.id()));
    }
    assertThat(fictional.domains()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void events_includeUndatedOnes_andSpansAtEachPrecision() {
    assertThat(fictional.events()).filteredOn(e -> e.when().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
    Set<PartialDate.Precision> spanned = EnumSet.noneOf(PartialDate.Precision.class);
    Set<PartialDate.Precision> single = EnumSet.noneOf(PartialDate.Precision.class);
    for (Event e : fictional.events()) {
      e.when().ifPresent(w -> (w.isSingle() ? single : spanned).add(w.start().precision()));
    }
    assertThat(spanned).containsExactlyInAnyOrder(PartialDate.Precision.values());
    assertThat(single).containsExactlyInAnyOrder(PartialDate.Precision.values());
    assertThat(fictional.events())
        .extracting(e -> e.when().map(DateSpan::toString).orElse("-"))
        .contains("2036/2038", "2040-03/2040-05", "2040-06-11/2040-06-12", "-");
  }

  @Test
  void transfers_coverEveryStatus_andIntermediaries() {
    assertThat(fictional.transfers())
        .extracting(ArmsTransfer::status)
        .containsAll(EnumSet.allOf(TransferStatus.class));
    assertThat(fictional.transfers()).anyMatch(t -> t.intermediaries().size() >= 2);
  }

  @Test
  void localNames_useHangulCyrillicAndGreek() {
    assertThat(fictional.actors())
        .extracting(a -> a.localName().orElse(""))
        .contains("해도 공화국", "Варнянская Федерация", "Κεσσαλία", "민하준", "Ελένη Μάρκου");
  }

  @Test
  void judgments_useEveryConfidenceLevel() {
    assertThat(fictional.judgments())
        .extracting(j -> j.confidence().key())
        .contains("low", "moderate", "high");
    assertThat(fictional.judgments()).anyMatch(j -> j.likelihood().isEmpty());
  }

  @Test
  void ach_usesEveryRatingKindAndRelevance_andGradesItemsOverTheirSources() {
    assertThat(fictional.ach()).hasSize(1);
    AchMatrix m = fictional.ach().get(0);
    assertThat(m.hypotheses()).hasSize(3);
    assertThat(m.items())
        .flatExtracting(AchItem::ratings)
        .containsAll(EnumSet.allOf(Rating.class));
    assertThat(m.items()).extracting(AchItem::kind).containsAll(EnumSet.allOf(AchItemKind.class));
    assertThat(m.items())
        .extracting(AchItem::relevance)
        .containsAll(EnumSet.allOf(Relevance.class));
    assertThat(m.items())
        .as("an item's own credibility grade, over its source's grade")
        .anyMatch(i -> i.source().isPresent() && i.credibility().isPresent());
  }
}
