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
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Confidence;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Likelihood;
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
import org.briefkit.model.io.CaseFiles;
import org.briefkit.report.ReportOptions;

/** Cases and helpers shared by the workbook tests. */
final class TestCases {
  static final ReportOptions FIXED =
      ReportOptions.builder().timestamp(Instant.parse("2022-06-30T12:00:00Z")).build();

  private TestCases() {}

  /** The sample case files of the repository, by path relative to its root. */
  static final List<String> SAMPLES =
      List.of("samples/madrid-2022/korea-nato.yaml", "samples/fictional/calder-strait.yaml");

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
   */
  static Case rich() {
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
            KeyJudgment.of(JudgmentId.of("kj2"), "Seoul seeks markets.", Confidence.LOW, MotivationId.of("rok-arms")))
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
