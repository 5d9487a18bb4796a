package org.briefkit.report.pdf;

import java.time.LocalDate;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.DomainId;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/** Small cases built with the model builders, for the brief's tests. */
final class Fixtures {
  private Fixtures() {}

  static final ActorId NATO = ActorId.of("nato");
  static final ActorId ROK = ActorId.of("rok");
  static final ActorId YOON = ActorId.of("yoon");
  static final ActorId DPRK = ActorId.of("dprk");
  static final ActorId PRC = ActorId.of("prc");
  static final ActorId POLAND = ActorId.of("poland");
  static final SourceId ART = SourceId.of("article");

  private static Evidence ev(int para, String text, EvidenceKind kind) {
    return Evidence.of(ART, Locator.paragraph(para), text, kind);
  }

  private static Motivation m(
      String id, String who, String domain, Salience salience, String claim, ActorId... drivers) {
    return Motivation.builder(MotivationId.of(id), StakeholderId.of(who), DomainId.of(domain))
        .claim(claim)
        .rationale("Reasoning for " + claim.toLowerCase(java.util.Locale.ROOT)
            + ", restated in the analyst's own words over a couple of lines so that the paragraph wraps.")
        .salience(salience)
        .drivers(drivers)
        .evidence(ev(3, "Paraphrase supporting: " + claim, EvidenceKind.CLAIM))
        .build();
  }

  /** A two-stakeholder case with Hangul local names, events, transfers and judgments. */
  static Case korea() {
    return Case.builder("korea-nato-test", "South Korea and NATO at Madrid")
        .subtitle("Why NATO invited President Yoon, and why Seoul wants closer ties")
        .questions("Why was President Yoon invited?", "Why does Seoul want closer NATO ties?")
        .authors("A. Analyst")
        .organisation("BriefKit Test Desk")
        .asOf(PartialDate.ofDay(2022, 6, 30))
        .marking("PUBLIC — test marking")
        .summary("First paragraph of the context,\nwrapped over lines.\n\nSecond paragraph of the context.")
        .focus(ROK)
        .sources(Source.builder(ART, "President Yoon at the Madrid NATO summit")
            .publisher("Test Institute").date(PartialDate.ofMonth(2022, 7))
            .url("https://example.org/article").accessed(LocalDate.of(2022, 7, 15)).build())
        .actors(
            Actor.builder(NATO, "North Atlantic Treaty Organization", ActorKind.ALLIANCE).build(),
            Actor.builder(ROK, "Republic of Korea", ActorKind.STATE).localName("대한민국").country("KR").build(),
            Actor.builder(YOON, "Yoon Suk-yeol", ActorKind.PERSON).localName("윤석열")
                .role("President of the Republic of Korea").affiliation(ROK).build(),
            Actor.builder(DPRK, "North Korea", ActorKind.STATE).localName("조선민주주의인민공화국").country("KP").build(),
            Actor.builder(PRC, "China", ActorKind.STATE).country("CN").build(),
            Actor.builder(POLAND, "Poland", ActorKind.STATE).country("PL").build())
        .stakeholders(
            Stakeholder.builder(StakeholderId.of("nato"), "North Atlantic Treaty Organization")
                .shortName("NATO").question("Why was President Yoon invited?")
                .kind(StakeholderKind.ALLIANCE).actor(NATO).build(),
            Stakeholder.builder(StakeholderId.of("rok"), "Republic of Korea")
                .shortName("ROK").question("Why does Seoul want closer NATO ties?").actor(ROK).build())
        .motivations(
            m("n1", "nato", "cyber", Salience.PRIMARY, "Cooperate on cyber defence", DPRK, PRC),
            m("n2", "nato", "non-proliferation", Salience.PRIMARY, "Curb North Korean proliferation", DPRK),
            m("n3", "nato", "arms-trade", Salience.SECONDARY, "Buy South Korean arms for Europe"),
            m("r1", "rok", "diplomacy", Salience.PRIMARY, "Strengthen the alliance with the United States"),
            m("r2", "rok", "regional-security", Salience.SECONDARY, "Win backing for a firmer line on Pyongyang", DPRK, PRC),
            m("r3", "rok", "military-cooperation", Salience.SUBSIDIARY, "Gain expertise through joint research"),
            m("r4", "rok", "cyber", Salience.SECONDARY, "Learn from allied cyber defence", DPRK))
        .events(
            Event.builder(EventId.of("e1"), "Dialogue between Seoul and NATO opens", EventKind.MEETING)
                .when("2005").participants(NATO, ROK).build(),
            Event.builder(EventId.of("e2"), "Yoon Suk-yeol (윤석열) takes office", EventKind.OFFICE_CHANGE)
                .when("2022-05-10").participants(YOON).location("Seoul").build(),
            Event.builder(EventId.of("e3"), "NATO summit in Madrid", EventKind.SUMMIT)
                .when("2022-06-29/2022-06-30").participants(NATO, YOON).location("Madrid")
                .significance("First NATO summit attended by a South Korean president.").build())
        .transfers(
            ArmsTransfer.builder(TransferId.of("t1"), ROK, POLAND).items("K2 tanks")
                .status(TransferStatus.ORDERED).build(),
            ArmsTransfer.builder(TransferId.of("t2"), POLAND, ROK).items("Engines")
                .status(TransferStatus.DELIVERED).build())
        .judgments(
            KeyJudgment.of(JudgmentId.of("j1"), "NATO invited Yoon chiefly for cyber and non-proliferation cooperation.",
                Confidence.HIGH, MotivationId.of("n1"), MotivationId.of("n2")),
            KeyJudgment.of(JudgmentId.of("j2"), "Seoul seeks NATO ties mainly to strengthen its US alliance.",
                Confidence.MODERATE, MotivationId.of("r1")))
        .build();
  }
}
