package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefkit.analysis.Fixtures.*;

import java.util.Comparator;
import java.util.List;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Salience;
import org.briefkit.model.Stakeholder;
import org.junit.jupiter.api.Test;

class FindingsTest {
  private static List<String> texts(Case c) {
    return Analyzer.analyze(c).findings().stream().map(Finding::text).toList();
  }

  @Test
  void findings_fixture_exactSentencesInTopicOrder() {
    assertThat(texts(fixture()))
        .containsExactly(
            "NATO has 4 motivations in 3 domains (9 weighted points).",
            "NATO's motivations weigh most in Cybersecurity (5 of 9 weighted points).",
            "South Korea has 3 motivations in 3 domains (7 weighted points).",
            "South Korea's motivations weigh most, equally, in Diplomacy & alliances and Arms trade"
                + " (3 of 7 weighted points each).",
            "The case records no motivations for EU.",
            "NATO and South Korea both hold motivations in 2 of 6 domains (Diplomacy & alliances"
                + " and Cybersecurity); their weighted domain profiles overlap by 0.25 on a scale"
                + " from 0 to 1.",
            "No stakeholder holds motivations in Regional security.",
            "Only NATO holds motivations in Non-proliferation (1 motivation, 3 weighted points).",
            "No stakeholder holds motivations in Military cooperation.",
            "Only South Korea holds motivations in Arms trade (1 motivation, 3 weighted points).",
            "North Korea drives motivations of both NATO and South Korea.",
            "China drives motivations of both NATO and South Korea.",
            "North Korea drives more weight of motivations than any other third party"
                + " (9 weighted points).",
            "North Korea drives 4 motivations (9 weighted points): 3 of NATO's and 1 of South"
                + " Korea's.",
            "China drives 2 motivations (6 weighted points): 1 of NATO's and 1 of South Korea's.",
            "Russia drives 1 motivation (3 weighted points): 1 of South Korea's.",
            "The timeline runs from 2005 to 30 June 2022 (5 dated events, 1 undated).",
            "The partnership milestones run 2005 → May 2012 → 15 October 2019, with gaps of"
                + " 7 years, then 7 years and 5 months.",
            "South Korea imports arms from 1 partner in 1 transfer (1 delivered).",
            "South Korea exports arms to 2 partners in 4 transfers (2 delivered, 1 ordered and 1"
                + " possible).",
            "1 arms transfer in the case does not involve South Korea.",
            "6 of 7 motivations cite evidence, from 2 distinct sources.",
            "One motivation cites no evidence: n3.",
            "One motivation rests on a single claim: n4.",
            "One key judgment rests on a single motivation: j2.",
            "One key judgment rests only on motivations without evidence: j2.");
  }

  @Test
  void finding_carriesTheFiguresItStates() {
    Finding f = Analyzer.analyze(fixture()).findings().get(1);
    assertThat(f.figures())
        .extracting(Figure::name, Figure::display)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NATO weight in Cybersecurity", "5"),
            org.assertj.core.groups.Tuple.tuple("NATO total weight", "9"));
    assertThat(f.about()).containsExactly(NATO, CYBER);
    assertThat(f.topic()).isEqualTo(Finding.Topic.PROFILE);
  }

  @Test
  void findings_everyWeightFigure_agreesWithTheMatrix() {
    CaseAnalysis a = Analyzer.analyze(fixture());
    int checked = 0;
    for (Finding f : a.findings()) {
      for (Figure fig : f.figures()) {
        for (Stakeholder s : a.theCase().stakeholders()) {
          for (Domain d : a.theCase().domains()) {
            if (fig.name().equals(s.shortName() + " weight in " + d.label())) {
              assertThat(fig.value()).isEqualTo(a.matrix().cell(s.id(), d.id()).weight());
              checked++;
            }
          }
          if (fig.name().equals(s.shortName() + " total weight")) {
            assertThat(fig.value()).isEqualTo(a.matrix().stakeholderTotals().get(s.id()).weight());
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  @Test
  void findings_emptyCase_sayNoMotivationsAndNothingElse() {
    assertThat(texts(empty()))
        .containsExactly(
            "The case records no motivations for NATO.",
            "The case records no motivations for South Korea.",
            "The case records no motivations for EU.");
  }

  @Test
  void findings_noStakeholders_sayso() {
    Case c = Case.builder("bare", "Bare").build();
    assertThat(texts(c)).containsExactly("The case names no stakeholders.");
  }

  @Test
  void dominantDomain_allDomainsTied_saysSameWeightInEach() {
    Case c =
        base()
            .motivations(
                motivation("a1", NATO, CYBER, Salience.PRIMARY, drivers(PRK)),
                motivation("a2", NATO, ARMS, Salience.PRIMARY, drivers(CHN)),
                motivation("b1", ROK, CYBER, Salience.SECONDARY, drivers()))
            .build();
    assertThat(texts(c))
        .contains(
            "NATO's motivations weigh the same in each of its 2 domains (3 of 6 weighted points each).",
            "All of South Korea's motivations are in Cybersecurity.",
            "North Korea and China drive the same weight of motivations (3 weighted points each).")
        .doesNotContain("North Korea drives more weight of motivations than any other third party"
            + " (3 weighted points).");
  }

  @Test
  void drivers_tieAmongSome_namesEveryLeader() {
    Case c =
        base()
            .motivations(
                motivation("a1", NATO, CYBER, Salience.PRIMARY, drivers(PRK)),
                motivation("a2", NATO, ARMS, Salience.PRIMARY, drivers(CHN)),
                motivation("a3", NATO, ARMS, Salience.SUBSIDIARY, drivers(RUS)))
            .build();
    assertThat(texts(c))
        .contains("North Korea and China drive more weight of motivations than any other third"
            + " party (3 weighted points each).");
  }

  @Test
  void findings_noDriversNoFocusOneUndatedEvent() {
    Case c =
        base()
            .motivations(motivation("a1", NATO, CYBER, Salience.PRIMARY, drivers()))
            .events(Event.builder(EventId.of("x"), "Talks", EventKind.MEETING).build())
            .transfers(transfers())
            .build();
    assertThat(texts(c))
        .contains(
            "No motivation names a third-party driver.",
            "The case's one event is undated.",
            "The case records 6 arms transfers; it names no focus actor, so none is counted as an"
                + " import or an export.",
            "One motivation cites no evidence: a1.");
  }

  @Test
  void convergence_threeHoldersAndEveryDomainShared() {
    Case c =
        base()
            .domains(
                Domain.of("cyber", "Cybersecurity", "", org.briefkit.model.Instrument.INFORMATION),
                Domain.of("arms-trade", "Arms trade", "", org.briefkit.model.Instrument.ECONOMIC))
            .motivations(
                motivation("a1", NATO, CYBER, Salience.PRIMARY, drivers(PRK)),
                motivation("a2", NATO, ARMS, Salience.PRIMARY, drivers()),
                motivation("b1", ROK, CYBER, Salience.PRIMARY, drivers(PRK)),
                motivation("b2", ROK, ARMS, Salience.PRIMARY, drivers()),
                motivation("c1", EU, CYBER, Salience.SECONDARY, drivers(PRK)))
            .build();
    assertThat(texts(c))
        .contains(
            "NATO and South Korea both hold motivations in both domains; their weighted domain"
                + " profiles overlap by 1.00 on a scale from 0 to 1.",
            "NATO and EU both hold motivations in 1 of 2 domains (Cybersecurity); their weighted"
                + " domain profiles overlap by 0.50 on a scale from 0 to 1.",
            "North Korea drives motivations of NATO, South Korea and EU.");
  }

  @Test
  void rules_listedInTopicOrder_coverEveryTopic() {
    assertThat(Findings.RULES)
        .extracting(FindingRule::topic)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .contains(Finding.Topic.values());
  }

  @Test
  void findings_fixture_eachCarriesItsRulesTopicInRuleOrder() {
    assertThat(Analyzer.analyze(fixture()).findings())
        .extracting(Finding::topic)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .contains(Finding.Topic.values());
  }
}
