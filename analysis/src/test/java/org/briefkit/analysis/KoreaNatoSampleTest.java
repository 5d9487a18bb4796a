package org.briefkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Period;
import java.util.List;
import org.briefkit.model.ActorId;
import org.briefkit.model.DomainId;
import org.briefkit.model.PartialDate.Precision;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.TransferStatus;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the flagship sample (samples/madrid-2022/korea-nato.yaml), checked against
 * figures counted from the case file itself: 6 NATO motivations weighing 14 points, 14 Seoul
 * motivations weighing 27, and so on. When the sample is revised, recount and update.
 */
class KoreaNatoSampleTest {
  private static final StakeholderId NATO = StakeholderId.of("nato");
  private static final StakeholderId ROK = StakeholderId.of("rok");
  private static CaseAnalysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    analysis = Analyzer.analyze(CaseFiles.read(repositoryRoot().resolve("samples/madrid-2022/korea-nato.yaml")));
  }

  static Path repositoryRoot() {
    String configured = System.getProperty("briefkit.repo");
    Path dir = Paths.get(configured != null ? configured : "").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("samples/madrid-2022/korea-nato.yaml"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root with the flagship sample").isNotNull();
    return dir;
  }

  private static DomainId d(String id) {
    return DomainId.of(id);
  }

  @Test
  void motivations_perStakeholder() {
    assertThat(analysis.motivations().of(NATO).tally()).isEqualTo(new Tally(6, 14));
    assertThat(analysis.motivations().of(ROK).tally()).isEqualTo(new Tally(14, 27));
    assertThat(analysis.motivations().of(NATO).domains()).hasSize(6);
    assertThat(analysis.motivations().of(ROK).domains()).hasSize(7);
  }

  @Test
  void matrix_realCells() {
    DomainMatrix m = analysis.matrix();
    assertThat(m.cell(NATO, d("arms-trade")).tally()).isEqualTo(new Tally(1, 2));
    assertThat(m.cell(NATO, d("regional-security")).tally()).isEqualTo(new Tally(1, 2));
    assertThat(m.cell(NATO, d("cyber")).tally()).isEqualTo(new Tally(1, 3));
    assertThat(m.cell(NATO, d("technical-expertise"))).isEqualTo(MatrixCell.EMPTY);
    assertThat(m.cell(ROK, d("alliance-politics")).tally()).isEqualTo(new Tally(5, 9));
    assertThat(m.cell(ROK, d("alliance-politics")).share()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.total()).isEqualTo(new Tally(20, 41));
  }

  @Test
  void convergence_sixSharedDomains_overlapFortyOneSixtyThirds() {
    PairConvergence p = analysis.convergence().pair(NATO, ROK);
    assertThat(p.sharedDomains()).hasSize(6);
    assertThat(p.onlyFirstDomains()).isEmpty();
    assertThat(p.onlySecondDomains()).extracting(x -> x.id().value()).containsExactly("technical-expertise");
    // NATO weighs 14, Seoul 27; in 378ths NATO's shares are 81 (3/14) or 54 (2/14), Seoul's
    // 126 (9/27), 56 (4/27) or 28 (2/27): min(81,28) cyber + min(81,28) CBRN + min(54,28) arms
    //   + min(54,56) region + min(54,56) military + min(54,126) alliance = 246/378 = 41/63
    assertThat(p.overlap()).isCloseTo(41.0 / 63, within(1e-12));
    assertThat(p.sharedDrivers()).extracting(x -> x.id().value()).containsExactly("dprk", "china");
    assertThat(p.onlyFirstDrivers()).extracting(x -> x.id().value()).containsExactly("russia");
    assertThat(p.onlySecondDrivers()).extracting(x -> x.id().value()).containsExactly("usa");
  }

  @Test
  void drivers_northKoreaFirstByWeight() {
    assertThat(analysis.drivers().byWeight())
        .extracting(r -> r.driver().id().value(), DriverRow::count, DriverRow::weight)
        .containsExactly(
            tuple("dprk", 5, 12), tuple("china", 4, 10), tuple("russia", 3, 8), tuple("usa", 1, 1));
    assertThat(analysis.drivers().cells().get(ActorId.of("dprk"), NATO).count()).isEqualTo(3);
    assertThat(analysis.drivers().cells().get(ActorId.of("dprk"), ROK).count()).isEqualTo(2);
  }

  @Test
  void timeline_partnershipMilestones() {
    Timeline t = analysis.timeline();
    assertThat(t.entries()).hasSize(17);
    assertThat(t.undated()).isEmpty();
    assertThat(t.entries().get(0).event().id().value()).isEqualTo("dialogue-launch");
    Milestones partnership = t.thread("partnership").orElseThrow();
    assertThat(partnership.entries()).extracting(TimelineEntry::label)
        .containsExactly("2005", "2012", "2019", "2022", "2022", "May 2022", "29–30 June 2022");
    assertThat(partnership.gaps().subList(0, 3)).extracting(Gap::period)
        .containsExactly(Period.ofYears(7), Period.ofYears(7), Period.ofYears(3));
    assertThat(partnership.gaps().get(0).precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void armsFlows_seoulImportsFromFourAndExportsToFour() {
    ArmsFlows f = analysis.network().flows();
    assertThat(f.focus().orElseThrow().id().value()).isEqualTo("rok");
    assertThat(f.imports()).extracting(x -> x.partner().id().value(), Flow::status)
        .containsExactly(
            tuple("usa", TransferStatus.DELIVERED),
            tuple("france", TransferStatus.DELIVERED),
            tuple("germany", TransferStatus.DELIVERED),
            tuple("uk", TransferStatus.DELIVERED));
    assertThat(f.exports()).extracting(x -> x.partner().id().value(), Flow::status)
        .containsExactly(
            tuple("uk", TransferStatus.PLANNED),
            tuple("poland", TransferStatus.PLANNED),
            tuple("turkey", TransferStatus.PLANNED),
            tuple("ukraine", TransferStatus.POSSIBLE));
    assertThat(f.others()).isEmpty();
  }

  @Test
  void coverage_everyMotivationEvidenced_noWeakSpots() {
    EvidenceCoverage c = analysis.coverage();
    assertThat(c.motivationsWithEvidence()).isEqualTo(20);
    assertThat(c.motivations().stream().mapToInt(MotivationCoverage::items).sum()).isEqualTo(37);
    assertThat(c.judgments()).extracting(j -> j.motivations().size())
        .containsExactly(3, 3, 5, 2, 2, 7, 2);
    assertThat(c.weakSpots()).isEmpty();
  }

  @Test
  void findings_stateTheRealFigures() {
    List<String> texts = analysis.findings().stream().map(Finding::text).toList();
    assertThat(texts)
        .contains(
            "NATO has 6 motivations in 6 domains (14 weighted points).",
            "NATO's motivations weigh most, equally, in Cybersecurity; Non-proliferation and CBRN"
                + " defence (3 of 14 weighted points each).",
            "NATO and Seoul both hold motivations in 6 of 7 domains (Cybersecurity; Non-proliferation"
                + " and CBRN defence; Arms trade; Alliance politics and diplomacy; Regional security"
                + " policy (North Korea and China); Military cooperation); their weighted domain"
                + " profiles overlap by 0.65 on a scale from 0 to 1.",
            "Seoul's motivations weigh most in Alliance politics and diplomacy (9 of 27 weighted points).",
            "Only Seoul holds motivations in Technical expertise (2 motivations, 4 weighted points).",
            "The partnership milestones run 2005 → 2012 → 2019 → 2022 (2 events) → May 2022 →"
                + " 29–30 June 2022, with gaps of 7 years, then 7 years, then 3 years, then less than"
                + " a year, then 1 month.");
  }
}
