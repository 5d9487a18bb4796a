package org.briefkit.analysis;

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
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/**
 * A hand-built case whose every figure is worked out by hand in the comments, used by the
 * tests of each result.
 *
 * <pre>
 * stakeholders: nato (NATO), rok (South Korea), eu (EU, no motivations)
 * domains: the defaults (diplomacy, regional-security, cyber, non-proliferation,
 *          military-cooperation, arms-trade)
 * actors (in order): nato-a, rok-a, prk, chn, rus, pol, ukr, usa; focus rok-a
 *
 * motivation  stakeholder domain            salience    drivers     evidence
 * n1          nato        cyber             primary 3   prk, chn    s1 fact, s2 claim
 * n2          nato        cyber             secondary 2 prk         s1 assessment
 * n3          nato        non-proliferation primary 3   prk, prk    -
 * n4          nato        diplomacy         subsid. 1   -           s2 claim
 * r1          rok         diplomacy         primary 3   chn         s1 fact
 * r2          rok         arms-trade        primary 3   rus         s1 fact, s1 claim
 * r3          rok         cyber             subsid. 1   prk         s2 assessment
 *
 * NATO: 4 motivations, weight 9 (diplomacy 1/1, cyber 2/5, non-proliferation 1/3)
 * ROK: 3 motivations, weight 7 (diplomacy 1/3, cyber 1/1, arms-trade 1/3): a tie
 * overlap(NATO, ROK) = min(1/9, 3/7) + min(5/9, 1/7) = 1/9 + 1/7 = 16/63
 * drivers: prk 4 motivations / 9 points (NATO 3/8, ROK 1/1); chn 2/6; rus 1/3
 *
 * events: e1 2005 partnership (nato-a, rok-a); e2 2012-05 partnership (nato-a, rok-a, usa);
 *         e3 2019-10-15 partnership (nato-a, rok-a); e4 undated (rok-a, pol);
 *         e5 2012 (usa); e6 2022-06-29/2022-06-30 summit (nato-a, rok-a, usa, usa)
 * transfers: t1, t2 rok-a→pol delivered; t3 rok-a→pol ordered; t4 usa→rok-a delivered;
 *            t5 rok-a→ukr possible (via pol); t6 prk→rus delivered
 * judgments: j1 on n1 and r1; j2 on n3 only
 * </pre>
 */
final class Fixtures {
  static final StakeholderId NATO = StakeholderId.of("nato");
  static final StakeholderId ROK = StakeholderId.of("rok");
  static final StakeholderId EU = StakeholderId.of("eu");
  static final DomainId DIPLOMACY = DomainId.of("diplomacy");
  static final DomainId REGIONAL = DomainId.of("regional-security");
  static final DomainId CYBER = DomainId.of("cyber");
  static final DomainId NONPRO = DomainId.of("non-proliferation");
  static final DomainId MILITARY = DomainId.of("military-cooperation");
  static final DomainId ARMS = DomainId.of("arms-trade");
  static final ActorId NATO_A = ActorId.of("nato-a");
  static final ActorId ROK_A = ActorId.of("rok-a");
  static final ActorId PRK = ActorId.of("prk");
  static final ActorId CHN = ActorId.of("chn");
  static final ActorId RUS = ActorId.of("rus");
  static final ActorId POL = ActorId.of("pol");
  static final ActorId UKR = ActorId.of("ukr");
  static final ActorId USA = ActorId.of("usa");
  static final SourceId S1 = SourceId.of("s1");
  static final SourceId S2 = SourceId.of("s2");

  private Fixtures() {}

  static Evidence ev(SourceId source, int paragraph, EvidenceKind kind) {
    return Evidence.of(source, Locator.paragraph(paragraph), "text " + paragraph, kind);
  }

  static Stakeholder stakeholder(StakeholderId id, String shortName) {
    return Stakeholder.builder(id, shortName + " in full")
        .shortName(shortName)
        .question("Why does " + shortName + " act?")
        .kind(StakeholderKind.STATE)
        .build();
  }

  static Actor actor(ActorId id, String name, ActorKind kind) {
    return Actor.builder(id, name, kind).build();
  }

  static Motivation motivation(
      String id, StakeholderId s, DomainId d, Salience salience, ActorId[] drivers, Evidence... ev) {
    return Motivation.builder(MotivationId.of(id), s, d)
        .claim("Claim " + id)
        .salience(salience)
        .drivers(drivers)
        .evidence(ev)
        .build();
  }

  static ActorId[] drivers(ActorId... ids) {
    return ids;
  }

  static Case.Builder base() {
    return Case.builder("fixture", "Fixture case")
        .sources(
            Source.builder(S1, "First source").build(), Source.builder(S2, "Second source").build())
        .stakeholders(stakeholder(NATO, "NATO"), stakeholder(ROK, "South Korea"), stakeholder(EU, "EU"))
        .actors(
            actor(NATO_A, "NATO", ActorKind.ALLIANCE),
            actor(ROK_A, "South Korea", ActorKind.STATE),
            actor(PRK, "North Korea", ActorKind.STATE),
            actor(CHN, "China", ActorKind.STATE),
            actor(RUS, "Russia", ActorKind.STATE),
            actor(POL, "Poland", ActorKind.STATE),
            actor(UKR, "Ukraine", ActorKind.STATE),
            actor(USA, "United States", ActorKind.STATE));
  }

  static Motivation[] motivations() {
    return new Motivation[] {
      motivation("n1", NATO, CYBER, Salience.PRIMARY, drivers(PRK, CHN),
          ev(S1, 1, EvidenceKind.FACT), ev(S2, 2, EvidenceKind.CLAIM)),
      motivation("n2", NATO, CYBER, Salience.SECONDARY, drivers(PRK), ev(S1, 3, EvidenceKind.ASSESSMENT)),
      motivation("n3", NATO, NONPRO, Salience.PRIMARY, drivers(PRK, PRK)),
      motivation("n4", NATO, DIPLOMACY, Salience.SUBSIDIARY, drivers(), ev(S2, 4, EvidenceKind.CLAIM)),
      motivation("r1", ROK, DIPLOMACY, Salience.PRIMARY, drivers(CHN), ev(S1, 5, EvidenceKind.FACT)),
      motivation("r2", ROK, ARMS, Salience.PRIMARY, drivers(RUS),
          ev(S1, 6, EvidenceKind.FACT), ev(S1, 7, EvidenceKind.CLAIM)),
      motivation("r3", ROK, CYBER, Salience.SUBSIDIARY, drivers(PRK), ev(S2, 8, EvidenceKind.ASSESSMENT)),
    };
  }

  static Event[] events() {
    return new Event[] {
      Event.builder(EventId.of("e1"), "First partnership", EventKind.AGREEMENT)
          .when("2005").tags("partnership").participants(NATO_A, ROK_A).build(),
      Event.builder(EventId.of("e2"), "Second partnership", EventKind.AGREEMENT)
          .when("2012-05").tags("partnership").participants(NATO_A, ROK_A, USA).build(),
      Event.builder(EventId.of("e3"), "Third partnership", EventKind.AGREEMENT)
          .when("2019-10-15").tags("partnership").participants(NATO_A, ROK_A).build(),
      Event.builder(EventId.of("e4"), "Undated talks", EventKind.MEETING)
          .participants(ROK_A, POL).build(),
      Event.builder(EventId.of("e5"), "A statement", EventKind.STATEMENT)
          .when("2012").participants(USA).build(),
      Event.builder(EventId.of("e6"), "Madrid summit", EventKind.SUMMIT)
          .when("2022-06-29/2022-06-30").tags("summit").participants(NATO_A, ROK_A, USA, USA).build(),
    };
  }

  static ArmsTransfer transfer(String id, ActorId from, ActorId to, TransferStatus status, ActorId... via) {
    return ArmsTransfer.builder(TransferId.of(id), from, to)
        .items("Items " + id)
        .status(status)
        .intermediaries(via)
        .build();
  }

  static ArmsTransfer[] transfers() {
    return new ArmsTransfer[] {
      transfer("t1", ROK_A, POL, TransferStatus.DELIVERED),
      transfer("t2", ROK_A, POL, TransferStatus.DELIVERED),
      transfer("t3", ROK_A, POL, TransferStatus.ORDERED),
      transfer("t4", USA, ROK_A, TransferStatus.DELIVERED),
      transfer("t5", ROK_A, UKR, TransferStatus.POSSIBLE, POL),
      transfer("t6", PRK, RUS, TransferStatus.DELIVERED),
    };
  }

  static KeyJudgment[] judgments() {
    return new KeyJudgment[] {
      KeyJudgment.of(JudgmentId.of("j1"), "Judgment one.", Confidence.HIGH,
          MotivationId.of("n1"), MotivationId.of("r1")),
      KeyJudgment.of(JudgmentId.of("j2"), "Judgment two.", Confidence.LOW, MotivationId.of("n3")),
    };
  }

  /** The whole fixture case. */
  static Case fixture() {
    return base()
        .focus(ROK_A)
        .motivations(motivations())
        .events(events())
        .transfers(transfers())
        .judgments(judgments())
        .build();
  }

  /** A case with stakeholders and actors but nothing else. */
  static Case empty() {
    return base().build();
  }
}
