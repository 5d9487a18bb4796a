package org.briefkit.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.analysis.provenance.SourceTexts;
import org.briefkit.model.AchId;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchItemId;
import org.briefkit.model.AchItemKind;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Assumption;
import org.briefkit.model.AssumptionId;
import org.briefkit.model.AssumptionStatus;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Confidence;
import org.briefkit.model.Credibility;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.HypothesisId;
import org.briefkit.model.Indicator;
import org.briefkit.model.IndicatorId;
import org.briefkit.model.IndicatorStatus;
import org.briefkit.model.Instrument;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Rating;
import org.briefkit.model.Relevance;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.StakeholderKind;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;
import org.briefkit.model.Waiver;
import org.briefkit.model.io.CaseFiles;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.report.ReportOptions;

/** Cases and helpers shared by the workbook tests. */
final class TestCases {
  static final ReportOptions FIXED =
      ReportOptions.builder().timestamp(Instant.parse("2022-06-30T12:00:00Z")).build();

  private TestCases() {}

  /** The sample case files of the repository, by path relative to its root. */
  static final List<String> SAMPLES =
      List.of("samples/madrid-2022/korea-nato.yaml", "samples/fictional/calder-strait.yaml",
          "samples/madrid-2022/korea-nato-ko.yaml");

  /** The samples in English, whose workbooks the tests that name sheets and headers in English read. */
  static final List<String> ENGLISH_SAMPLES = SAMPLES.subList(0, 2);

  static Path repo() {
    String repo = System.getProperty("briefkit.repo");
    return repo == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(repo);
  }

  static Case sample(String path) {
    try {
      return CaseFiles.read(repo().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.Map<Case, byte[]> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

  /** The workbook of {@code c}, written once per test run (callers must not modify it). */
  static byte[] workbook(Case c) {
    return WRITTEN.computeIfAbsent(c, TestCases::write);
  }

  /** Writes the workbook of {@code c} afresh. */
  static byte[] write(Case c) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExcelWorkbook.of(FIXED).write(c, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook of {@code analysis}, written afresh. */
  static byte[] write(CaseAnalysis analysis) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExcelWorkbook.of(FIXED).write(analysis, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fictional sample (version 2) with what it names beyond itself, as the command gives it:
   * its sources' texts and its previous version, calder-strait-v1.yaml.
   */
  static final class Revised {
    static final String PATH = "samples/fictional/calder-strait.yaml";
    static final Case CASE = sample(PATH);
    static final Case PREVIOUS = sample("samples/fictional/calder-strait-v1.yaml");
    static final CaseAnalysis ANALYSIS = analyze(CASE, PREVIOUS);
    static final byte[] WORKBOOK = write(ANALYSIS);

    private Revised() {}

    /** The analysis of {@code c}, a version of the sample, with the sample's texts and {@code previous}. */
    static CaseAnalysis analyze(Case c, Case previous) {
      return Analyzer.analyze(c, CaseMaterials.builder()
          .texts(SourceTexts.load(c, CaseFolder.ofCaseFile(repo().resolve(PATH))))
          .previous(previous)
          .build());
    }
  }

  /** {@code bytes} opened with POI, changed as an analyst would, and saved. */
  static byte[] edit(byte[] bytes, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> change)
      throws IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      change.accept(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static Path outputDir() throws IOException {
    Path dir = Path.of("target", "xlsx-out");
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * A small case touching every field: optional parts present and absent, Hangul, text that
   * looks like a formula, leading and trailing spaces, line breaks, every kind of evidence owner.
   * The previous workbook format's test resource ({@code format-2/rich-case.xlsx}) holds this
   * case as written then: a change here must leave that test an expectation of its own.
   */
  static Case rich() {
    return richBuilder().build();
  }

  /** The builder of {@link #rich()}, for cases that add to it. */
  static Case.Builder richBuilder() {
    SourceId src = SourceId.of("csis-2022");
    SourceId src2 = SourceId.of("note");
    ActorId nato = ActorId.of("nato");
    ActorId rok = ActorId.of("rok");
    ActorId yoon = ActorId.of("yoon");
    ActorId prk = ActorId.of("prk");
    ActorId prc = ActorId.of("prc");
    ActorId pl = ActorId.of("pl");
    StakeholderId sNato = StakeholderId.of("nato");
    StakeholderId sRok = StakeholderId.of("rok");
    return Case.builder("rich-case", "Why NATO invited Seoul")
        .subtitle("Madrid, June 2022")
        .questions("Why was President Yoon invited?", "Why does Seoul want closer ties?")
        .authors("A. Analyst", "B. Reviewer, Jr.")
        .organisation("BriefKit Lab")
        .asOf(PartialDate.ofDay(2022, 7, 1))
        .marking("UNCLASSIFIED // PUBLIC & open")
        .language("en")
        .summary("First paragraph.\n\nSecond paragraph with  two spaces and a tab\tinside.")
        .focus(rok)
        .sources(
            Source.builder(src, "South Korea and NATO")
                .authors("Kim, J.", "Lee S.")
                .publisher("CSIS")
                .reliability(Source.Reliability.B)
                .date(PartialDate.ofMonth(2022, 6))
                .url("https://example.org/korea-nato?a=1&b=2")
                .accessed(LocalDate.of(2022, 7, 1))
                .build(),
            Source.builder(src2, "=HYPERLINK(\"http://evil.example\",\"click\")").build())
        .stakeholders(
            Stakeholder.builder(sNato, "North Atlantic Treaty Organization")
                .shortName("NATO")
                .question("Why was President Yoon invited?")
                .kind(StakeholderKind.ALLIANCE)
                .actor(nato)
                .build(),
            Stakeholder.builder(sRok, "Republic of Korea")
                .shortName("ROK")
                .question("Why does Seoul want closer NATO ties?")
                .colour(Colour.parse("#C0392B"))
                .build())
        .domains(Domain.defaults())
        .domains(Domain.of("space", "Space", "", Instrument.MILITARY))
        .actors(
            Actor.builder(nato, "NATO", ActorKind.ALLIANCE).build(),
            Actor.builder(rok, "Republic of Korea", ActorKind.STATE).localName("대한민국").country("KR").build(),
            Actor.builder(yoon, "Yoon Suk-yeol", ActorKind.PERSON)
                .localName("윤석열")
                .role("President of the Republic of Korea")
                .affiliation(rok)
                .country("KR")
                .build(),
            Actor.builder(prk, "North Korea", ActorKind.STATE).localName("조선").country("KP").build(),
            Actor.builder(prc, "China", ActorKind.STATE).country("CN").build(),
            Actor.builder(pl, "Poland", ActorKind.STATE).country("PL").build())
        .motivations(
            Motivation.builder(MotivationId.of("nato-cyber"), sNato, DomainId.of("cyber"))
                .claim("Cooperate on cyber defence")
                .rationale("  Leading and trailing spaces.  ")
                .salience(Salience.PRIMARY)
                .drivers(prk, prc)
                .actors(rok)
                .evidence(
                    Evidence.of(src, Locator.paragraph(4), "NATO wants cyber partners.", EvidenceKind.FACT),
                    new Evidence(src2, java.util.Optional.empty(), "=1+1", EvidenceKind.CLAIM))
                .build(),
            Motivation.builder(MotivationId.of("nato-china"), sNato, DomainId.of("regional-security"))
                .claim("=HYPERLINK(\"http://evil.example\",\"Balance China\")")
                .salience(Salience.SECONDARY)
                .drivers(prc)
                .build(),
            Motivation.builder(MotivationId.of("rok-arms"), sRok, DomainId.of("arms-trade"))
                .claim("Sell arms to Europe")
                .rationale("Line one\nLine two")
                .salience(Salience.SUBSIDIARY)
                .evidence(Evidence.of(src, new Locator(Locator.Kind.PAGE, "3-4"), "Exports grow.", EvidenceKind.ASSESSMENT))
                .build(),
            Motivation.builder(MotivationId.of("rok-cyber"), sRok, DomainId.of("cyber"))
                .claim("Learn from NATO's cyber centre")
                .rationale("Literal _x0041_ escapes, a\r\nWindows line end and a tab\t stay as written.")
                .salience(Salience.PRIMARY)
                .drivers(prk)
                .build())
        .events(
            Event.builder(EventId.of("madrid"), "Madrid summit", EventKind.SUMMIT)
                .when("2022-06-29/2022-06-30")
                .participants(nato, rok, yoon)
                .location("Madrid")
                .significance("First ROK president at a NATO summit.")
                .tags("partnership", "summits")
                .evidence(Evidence.of(src, Locator.paragraph(1), "Yoon attended.", EvidenceKind.FACT))
                .build(),
            Event.builder(EventId.of("ipcp"), "Partnership programme", EventKind.AGREEMENT)
                .when(DateSpan.of(PartialDate.ofYear(2012)))
                .tags("partnership")
                .build(),
            Event.builder(EventId.of("undated"), "Talks of some kind", EventKind.OTHER).build())
        .transfers(
            ArmsTransfer.builder(TransferId.of("k2-pl"), rok, pl)
                .items("K2 tanks")
                .status(TransferStatus.ORDERED)
                .when(DateSpan.of(PartialDate.ofMonth(2022, 7)))
                .intermediaries(nato)
                .evidence(Evidence.of(src, Locator.paragraph(9), "Poland orders K2.", EvidenceKind.FACT))
                .build(),
            ArmsTransfer.builder(TransferId.of("misc"), pl, rok).items("Parts").status(TransferStatus.POSSIBLE).build())
        .judgments(
            new KeyJudgment(
                JudgmentId.of("kj1"), "NATO sought partners against China.", Confidence.MODERATE,
                java.util.Optional.of(Likelihood.LIKELY),
                com.google.common.collect.ImmutableList.of(MotivationId.of("nato-china"), MotivationId.of("nato-cyber"))),
            KeyJudgment.of(JudgmentId.of("kj2"), "Seoul seeks markets.", Confidence.LOW, MotivationId.of("rok-arms")));
  }

  /**
   * {@link #rich()} with the tradecraft parts: key assumptions of every status (with evidence
   * and without, credibility graded and not), indicators that strengthen, weaken or both, one
   * observed on a date, and waivers; and a motivation whose evidence is graded.
   */
  static Case tradecraft() {
    SourceId src = SourceId.of("csis-2022");
    SourceId note = SourceId.of("note");
    JudgmentId kj1 = JudgmentId.of("kj1");
    JudgmentId kj2 = JudgmentId.of("kj2");
    return richBuilder()
        .motivations(
            Motivation.builder(MotivationId.of("rok-grades"), StakeholderId.of("rok"), DomainId.of("diplomacy"))
                .claim("Be seen with NATO")
                .salience(Salience.SECONDARY)
                .evidence(
                    Evidence.builder().source(src).locator(Locator.paragraph(2)).kind(EvidenceKind.FACT)
                        .credibility(Credibility.CONFIRMED).text("Photographs of the summit.").build(),
                    Evidence.builder().source(note).kind(EvidenceKind.CLAIM)
                        .credibility(Credibility.IMPROBABLE).text("A rumour.").build())
                .build())
        .assumptions(
            Assumption.builder()
                .id(AssumptionId.of("ka-china"))
                .statement("NATO's members keep seeing China as a challenge.")
                .status(AssumptionStatus.SOLID)
                .underpins(kj1)
                .evidence(
                    Evidence.builder().source(src).locator(Locator.paragraph(5)).kind(EvidenceKind.FACT)
                        .credibility(Credibility.PROBABLY_TRUE).text("The Strategic Concept names China.").build(),
                    Evidence.builder().source(note).kind(EvidenceKind.CLAIM)
                        .credibility(Credibility.CANNOT_BE_JUDGED).text("=1+1").build())
                .build(),
            Assumption.builder()
                .id(AssumptionId.of("ka-seoul"))
                .statement("서울 stays the course\nacross elections.")
                .status(AssumptionStatus.CAVEATED)
                .underpins(kj1, kj2)
                .build(),
            Assumption.builder()
                .id(AssumptionId.of("ka-markets"))
                .statement("=HYPERLINK(\"http://evil.example\",\"Europe buys\")")
                .status(AssumptionStatus.UNSUPPORTED)
                .underpins(kj2)
                .evidence(Evidence.of(src, Locator.paragraph(9), "Poland orders K2.", EvidenceKind.FACT))
                .build())
        .indicators(
            Indicator.builder()
                .id(IndicatorId.of("in-ipcp"))
                .statement("A new partnership programme is signed.")
                .strengthens(kj1)
                .build(),
            Indicator.builder()
                .id(IndicatorId.of("in-snub"))
                .statement("Seoul skips the next summit.")
                .weakens(kj1, kj2)
                .status(IndicatorStatus.OBSERVED)
                .observed(PartialDate.ofMonth(2023, 7))
                .build(),
            Indicator.builder()
                .id(IndicatorId.of("in-orders"))
                .statement("European orders for Korean arms stall.")
                .strengthens(kj2)
                .weakens(kj1)
                .status(IndicatorStatus.LAPSED)
                .build())
        .waivers(
            new Waiver("single-source", "The case rests on one published study by design."),
            new Waiver("no-indicator", "Kj2 is a background judgment;\nno indicator applies."))
        .build();
  }

  /**
   * {@link #tradecraft()} with what the tradecraft check warns about: a high-confidence judgment
   * whose wording ("very likely") disagrees with its likelihood, resting on an unsupported
   * assumption, and a waiver of a rule that does not exist.
   */
  static Case warned() {
    JudgmentId kj3 = JudgmentId.of("kj3");
    return tradecraft().toBuilder()
        .judgments(
            new KeyJudgment(
                kj3, "Seoul will very likely join NATO exercises.", Confidence.HIGH,
                java.util.Optional.of(Likelihood.LIKELY),
                com.google.common.collect.ImmutableList.of(MotivationId.of("rok-grades"))))
        .assumptions(
            Assumption.builder()
                .id(AssumptionId.of("ka-join"))
                .statement("Seoul's parliament approves.")
                .status(AssumptionStatus.UNSUPPORTED)
                .underpins(kj3)
                .build())
        .waivers(new Waiver("single-sourse", "Misspelt."))
        .build();
  }

  /**
   * {@link #tradecraft()} with three ACH matrices: two on the first question, one on the second;
   * items of every kind, graded and not, from a graded source (B: high) and an ungraded one, every
   * relevance and every rating (NA among them); a matrix id longer than a sheet name holds.
   */
  static Case ach() {
    return tradecraft().toBuilder().ach(achMatrices()).build();
  }

  /** The matrices of {@link #ach()}. */
  static List<AchMatrix> achMatrices() {
    SourceId csis = SourceId.of("csis-2022");
    SourceId note = SourceId.of("note");
    AchMatrix invited = AchMatrix.builder()
        .id(AchId.of("why-invited"))
        .question(1)
        .hypotheses(
            hypothesis("h-china", "NATO sought partners against China."),
            hypothesis("h-russia", "NATO wanted Asian support against Russia's war."),
            hypothesis("h-optics", "=HYPERLINK(\"http://evil.example\",\"Optics\"): a photo opportunity."))
        .items(
            AchItem.builder().id(AchItemId.of("e-summit")).source(csis).locator(Locator.paragraph(4))
                .relevance(Relevance.HIGH).ratings(Rating.CC, Rating.C, Rating.I)
                .text("The summit named China a challenge for the first time.").build(),
            AchItem.builder().id(AchItemId.of("e-rumour")).source(note).credibility(Credibility.IMPROBABLE)
                .ratings(Rating.II, Rating.N, Rating.C).text("A rumour: \"only for the pictures\".").build(),
            AchItem.builder().id(AchItemId.of("e-graded")).source(csis).locator(new Locator(Locator.Kind.PAGE, "3-4"))
                .credibility(Credibility.DOUBTFUL).relevance(Relevance.LOW).ratings(Rating.I, Rating.II, Rating.NA)
                .text("서울 sent its defence minister\nas well.").build(),
            AchItem.builder().id(AchItemId.of("a-china")).kind(AchItemKind.ASSUMPTION)
                .assumption(AssumptionId.of("ka-china")).credibility(Credibility.CONFIRMED)
                .ratings(Rating.C, Rating.I, Rating.N).text("Members keep seeing China as a challenge.").build(),
            AchItem.builder().id(AchItemId.of("x-no-deal")).kind(AchItemKind.ABSENCE).relevance(Relevance.LOW)
                .ratings(Rating.NA, Rating.I, Rating.II).text("No arms deal was announced.").build())
        .build();
    AchMatrix closer = AchMatrix.builder()
        .id(AchId.of("why-closer"))
        .question(2)
        .hypotheses(hypothesis("h-markets", "Seoul seeks arms markets."), hypothesis("h-security", "Seoul seeks security."))
        .items(
            AchItem.builder().id(AchItemId.of("e-k2")).source(csis).locator(Locator.paragraph(9))
                .ratings(Rating.CC, Rating.N).text("Poland orders K2 tanks.").build(),
            AchItem.builder().id(AchItemId.of("e-silent")).kind(AchItemKind.ABSENCE).relevance(Relevance.HIGH)
                .ratings(Rating.N, Rating.II).text("No security guarantee was sought.").build())
        .build();
    AchMatrix longId = AchMatrix.builder()
        .id(AchId.of("a-matrix-whose-id-is-longer-than-a-sheet-name"))
        .hypotheses(hypothesis("h1", "One."), hypothesis("h2", "Two."), hypothesis("h3", "Three."), hypothesis("h4", "Four."))
        .items(
            AchItem.builder().id(AchItemId.of("e1")).source(note).ratings(Rating.NA, Rating.NA, Rating.NA, Rating.NA)
                .text("Says nothing of any.").build(),
            AchItem.builder().id(AchItemId.of("e2")).source(note).ratings(Rating.I, Rating.I, Rating.I, Rating.I)
                .text("Against all alike.").build())
        .build();
    return List.of(invited, closer, longId);
  }

  private static Hypothesis hypothesis(String id, String statement) {
    return new Hypothesis(HypothesisId.of(id), statement);
  }

  /** A case on the PHIA yardstick, its judgments' likelihoods rows of that scale only. */
  static Case phia() {
    StakeholderId uk = StakeholderId.of("uk");
    MotivationId m = MotivationId.of("uk-trade");
    return Case.builder("phia-case", "A case on the PHIA yardstick")
        .scale(EstimativeScale.named("phia").orElseThrow())
        .stakeholders(Stakeholder.builder(uk, "United Kingdom").question("Why trade?").build())
        .motivations(
            Motivation.builder(m, uk, DomainId.of("diplomacy")).claim("Open markets").salience(Salience.PRIMARY).build())
        .judgments(
            new KeyJudgment(
                JudgmentId.of("kj1"), "There is a realistic possibility of a deal.", Confidence.MODERATE,
                java.util.Optional.of(Likelihood.of("realistic-possibility")), com.google.common.collect.ImmutableList.of(m)),
            new KeyJudgment(
                JudgmentId.of("kj2"), "Talks will highly likely resume.", Confidence.HIGH,
                java.util.Optional.of(Likelihood.of("highly-likely")), com.google.common.collect.ImmutableList.of(m)))
        .build();
  }

  /** A case with {@code n} motivations spread over two stakeholders and the default domains. */
  static Case large(int n) {
    StakeholderId a = StakeholderId.of("a");
    StakeholderId b = StakeholderId.of("b");
    ActorId x = ActorId.of("x");
    SourceId s = SourceId.of("s");
    List<Domain> domains = Domain.defaults();
    List<Motivation> ms = new ArrayList<>(n);
    Salience[] saliences = Salience.values();
    for (int i = 0; i < n; i++) {
      ms.add(
          Motivation.builder(MotivationId.of("m" + i), i % 2 == 0 ? a : b, domains.get(i % domains.size()).id())
              .claim("Claim number " + i)
              .salience(saliences[i % 3])
              .drivers(x)
              .evidence(Evidence.of(s, Locator.paragraph(1 + i % 50), "Evidence " + i, EvidenceKind.FACT))
              .build());
    }
    return Case.builder("large", "A large case")
        .sources(Source.builder(s, "Source").build())
        .stakeholders(
            Stakeholder.builder(a, "Alpha").question("Why A?").build(),
            Stakeholder.builder(b, "Beta").question("Why B?").build())
        .actors(Actor.builder(x, "Xland", ActorKind.STATE).build())
        .motivations(ms)
        .build();
  }
}
