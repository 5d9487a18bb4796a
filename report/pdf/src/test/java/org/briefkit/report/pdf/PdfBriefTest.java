package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DomainMatrix;
import org.briefkit.analysis.MatrixCell;
import org.briefkit.analysis.StakeholderGroup;
import org.briefkit.model.Actor;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.Figures;
import org.briefkit.model.Motivation;
import org.briefkit.model.Stakeholder;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.ReportOptions.FontOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfBriefTest {
  @BeforeAll
  static void fontsInstalled() {
    assumeTrue(Rendered.nanumInstalled(), "fonts-nanum is not installed");
  }

  @Test
  void render_madridSample_bookmarksMirrorTheSectionsInOrder() throws IOException {
    Case c = Rendered.Madrid.CASE;
    try (PDDocument d = Rendered.Madrid.PDF.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);

      List<String> expected = new ArrayList<>(List.of("Key judgments"));
      if (!c.assumptions().isEmpty()) {
        expected.add("Key assumptions");
      }
      expected.add("Context");
      c.stakeholders().forEach(s -> expected.add(s.question()));
      expected.addAll(List.of("Comparison", "Arms trade"));
      if (!c.ach().isEmpty()) {
        expected.add("Competing explanations");
      }
      expected.addAll(List.of("Findings", "Annexes", "List of figures"));
      assertThat(Rendered.titles(top)).containsExactlyElementsOf(expected);
      PDOutlineItem comparison = top.get(expected.indexOf("Comparison"));
      assertThat(Rendered.titles(comparison.children()))
          .containsExactly("Stakeholder × domain matrix", "Weighted motivations by domain",
              "Domain emphasis", "Third-party drivers", "Convergence");
      assertThat(Rendered.titles(top.get(expected.indexOf("Annexes")).children()))
          .containsExactly("Annex A. Actors", "Annex B. Events", "Annex C. Evidence coverage",
              "Annex D. Sources", "Annex E. Tradecraft", "Annex F. Figure data");
    }
  }

  @Test
  void render_madridSample_sectionsAppearInIssueOrder() {
    String text = Rendered.Madrid.PDF.compact();
    List<String> headings = new ArrayList<>(List.of(Rendered.Madrid.CASE.title(), "Key judgments", "Context", "Timeline"));
    Rendered.Madrid.CASE.stakeholders().forEach(s -> headings.add(s.question()));
    headings.addAll(List.of("Comparison", "Stakeholder × domain matrix", "Convergence", "Arms trade",
        "Findings", "Annexes", "Annex A. Actors", "Annex D. Sources", "Annex E. Tradecraft"));
    int at = -1;
    for (String h : headings) {
      int next = text.indexOf(Rendered.compact(h), at + 1);
      assertThat(next).as("heading %s after position %s", h, at).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void render_madridSample_everyClaimStandsUnderItsStakeholder() {
    String text = Rendered.Madrid.PDF.compact();
    CaseAnalysis a = Rendered.Madrid.ANALYSIS;
    List<StakeholderGroup> groups = a.motivations().stakeholders();
    int from = text.indexOf(Rendered.compact("Context"));
    List<Integer> starts = new ArrayList<>();
    for (StakeholderGroup g : groups) {
      from = text.indexOf(Rendered.compact(g.stakeholder().question()), from + 1);
      assertThat(from).as("section of %s", g.stakeholder().shortName()).isPositive();
      starts.add(from);
    }
    starts.add(text.indexOf(Rendered.compact("Stakeholder × domain matrix")));
    for (int i = 0; i < groups.size(); i++) {
      String section = text.substring(starts.get(i), starts.get(i + 1));
      for (Motivation m : groups.get(i).motivations()) {
        assertThat(section).as("section of %s", groups.get(i).stakeholder().shortName())
            .contains(Rendered.compact(m.claim()));
      }
    }
  }

  @Test
  void render_madridSample_evidenceCitesSourceAndParagraph() {
    assertThat(Rendered.Madrid.PDF.compact()).contains("[article¶3]").contains("[article¶7]");
  }

  @Test
  void render_sourcesWithGrades_sourcesAnnexShowsTheGradeInWords() {
    String text = Rendered.Calder.PDF.text();

    assertThat(text).contains("Reliability B (usually reliable).", "Reliability C (fairly reliable).");
    assertThat(text).contains("Reliability D (not usually reliable).");
    assertThat(Rendered.Madrid.PDF.text()).contains("Reliability F (reliability cannot be judged).");
  }

  @Test
  void render_hangulFont_showsLocalScriptNames() {
    String text = Rendered.Madrid.PDF.compact();
    for (Actor actor : Rendered.Madrid.CASE.actors()) {
      actor.localName()
          .filter(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL))
          .ifPresent(n -> assertThat(text).contains(Rendered.compact(n)));
    }
    assertThat(text).contains("윤석열");
  }

  @Test
  void render_everyPage_carriesMarkingAndPageXofY() {
    List<String> pages = Rendered.Madrid.PDF.pages();
    assertThat(pages.size()).isEqualTo(Rendered.Madrid.PDF.result().pages()).isGreaterThan(5);
    String marking = Rendered.Madrid.CASE.marking().orElseThrow();
    for (int i = 0; i < pages.size(); i++) {
      assertThat(Rendered.compact(pages.get(i)))
          .as("page %d", i + 1)
          .contains("Page" + (i + 1) + "of" + pages.size())
          .contains(Rendered.compact(marking));
    }
  }

  @Test
  void render_metadata_titleAuthorSubjectKeywordsLanguageAndDates() throws IOException {
    Case c = Rendered.Madrid.CASE;
    try (PDDocument d = Rendered.Madrid.PDF.open()) {
      PDDocumentInformation info = d.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(c.title());
      assertThat(info.getSubject()).isEqualTo(c.subtitle().orElseThrow());
      assertThat(info.getAuthor())
          .isEqualTo(c.authors().isEmpty() ? c.organisation().orElse(null) : String.join(", ", c.authors()));
      assertThat(info.getKeywords()).contains("NATO").contains("Cybersecurity");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(Rendered.FIXED);
      assertThat(info.getModificationDate().toInstant()).isEqualTo(Rendered.FIXED);
      assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }

  @Test
  void render_fonts_allEmbeddedAndSubset_noRasterImages() throws IOException {
    for (Rendered.Output out : List.of(Rendered.Madrid.PDF, Rendered.Calder.PDF)) {
      try (PDDocument d = out.open()) {
        List<String> fonts = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (PDPage page : d.getPages()) {
          scan(page.getResources(), fonts, images, 0);
        }
        assertThat(images).isEmpty();
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+.* embedded"));
      }
    }
  }

  private static void scan(PDResources res, List<String> fonts, List<String> images, int depth) throws IOException {
    if (res == null || depth > 8) {
      return;
    }
    for (COSName n : res.getFontNames()) {
      PDFont f = res.getFont(n);
      fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : " NOT embedded"));
    }
    for (COSName n : res.getXObjectNames()) {
      PDXObject x = res.getXObject(n);
      if (x instanceof PDImageXObject) {
        images.add(n.getName());
      } else if (x instanceof PDFormXObject form) {
        scan(form.getResources(), fonts, images, depth + 1);
      }
    }
  }

  @Test
  void render_matrix_figuresEqualTheAnalysis() {
    DomainMatrix mx = Rendered.Madrid.ANALYSIS.matrix();
    String text = Rendered.Madrid.PDF.compact();
    String table = text.substring(text.indexOf("Stakeholder×domainmatrix"), text.indexOf("Weightofmotivations"));
    for (Stakeholder s : mx.stakeholders()) {
      StringBuilder row = new StringBuilder(s.shortName());
      for (Domain d : mx.domains()) {
        MatrixCell cell = mx.cell(s.id(), d.id());
        row.append(' ').append(cell.weight() == 0 ? "–" : cell.weight() + " (" + cell.count() + ")");
      }
      var total = mx.stakeholderTotals().get(s.id());
      row.append(' ').append(total.weight()).append(" (").append(total.count()).append(')');
      assertThat(table).contains(Rendered.compact(row.toString()));
    }
    assertThat(table).contains(mx.total().weight() + "(" + mx.total().count() + ")");
  }

  @Test
  void render_convergence_statesTheOverlapScore_asTheFindingsDo() {
    String text = Rendered.Madrid.PDF.compact();
    for (var pair : Rendered.Madrid.ANALYSIS.convergence().pairs()) {
      String names = pair.first().shortName() + " and " + pair.second().shortName();
      // One rule for scores (Figures.score): two decimals, in the section and in the findings.
      assertThat(text).contains(Rendered.compact(names + ": overlap score " + Figures.score(pair.overlap())));
      assertThat(Rendered.Madrid.ANALYSIS.findings())
          .anySatisfy(f -> assertThat(f.text()).startsWith(names + " ")
              .contains(" " + Figures.score(pair.overlap()) + " on a scale from 0 to 1"));
    }
  }

  @Test
  void render_twice_byteIdentical() {
    Rendered.Output again = Rendered.render(Rendered.Madrid.ANALYSIS, Rendered.Madrid.OPTIONS);
    assertThat(again.bytes()).isEqualTo(Rendered.Madrid.PDF.bytes());
  }

  @Test
  void render_otherDefaultLocaleAndTimeZone_byteIdentical() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Rendered.Output other;
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      other = Rendered.render(Rendered.Madrid.ANALYSIS, Rendered.Madrid.OPTIONS);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(other.bytes()).isEqualTo(Rendered.Madrid.PDF.bytes());
  }

  @Test
  void render_inParallel_sameBytesAsAlone() throws Exception {
    CaseAnalysis calder = Analyzer.analyze(Rendered.Calder.CASE);
    ReportOptions options = ReportOptions.builder().timestamp(Rendered.FIXED).build();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Rendered.Output>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        futures.add(pool.submit(() -> Rendered.render(calder, options)));
        futures.add(pool.submit(() -> Rendered.render(Rendered.Madrid.ANALYSIS, Rendered.Madrid.OPTIONS)));
      }
      for (int i = 0; i < futures.size(); i++) {
        byte[] expected = i % 2 == 0 ? Rendered.Calder.PDF.bytes() : Rendered.Madrid.PDF.bytes();
        assertThat(futures.get(i).get().bytes()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void render_noFixedTimestamp_datesFromTheAsOfDate() throws IOException {
    Rendered.Output out = Rendered.render(Analyzer.analyze(Fixtures.korea()),
        ReportOptions.builder().fonts(FontOptions.file(Rendered.NANUM)).build());
    try (PDDocument d = out.open()) {
      Calendar created = d.getDocumentInformation().getCreationDate();
      assertThat(created.toInstant().toString()).isEqualTo("2022-06-30T00:00:00Z");
    }
  }

  @Test
  void render_withoutHangulFont_oneWarningNamingTheText() {
    Rendered.Output out = Rendered.render(Analyzer.analyze(Fixtures.korea()),
        ReportOptions.builder().fonts(FontOptions.bundledOnly()).build());
    assertThat(out.result().warnings()).hasSize(1);
    assertThat(out.result().warnings().get(0))
        .startsWith("No TrueType font covering Hangul was found")
        .contains("\"윤석열\"", "\"대한민국\"")
        .contains("BRIEFKIT_FONT");
    assertThat(out.compact()).contains("YoonSuk-yeol").doesNotContain("윤석열");
  }

  @Test
  void render_withHangulFont_noWarning() {
    Rendered.Output out = Rendered.render(Analyzer.analyze(Fixtures.korea()),
        ReportOptions.builder().fonts(FontOptions.file(Rendered.NANUM)).build());
    assertThat(out.result().warnings()).isEmpty();
    assertThat(out.compact()).contains("윤석열", "조선민주주의인민공화국");
  }

  @Test
  void render_fourStakeholderSample_sectionPerStakeholder() throws IOException {
    Case c = Rendered.Calder.CASE;
    assertThat(c.stakeholders()).hasSizeGreaterThanOrEqualTo(4);
    try (PDDocument d = Rendered.Calder.PDF.open()) {
      List<String> top = Rendered.titles(d.getDocumentCatalog().getDocumentOutline().children());
      assertThat(top).containsSubsequence(c.stakeholders().stream().map(Stakeholder::question).toList());
    }
    assertThat(Rendered.Calder.PDF.result().warnings()).isEmpty();
  }

  @Test
  void render_frenchLocale_datesInFrench() {
    Rendered.Output out = Rendered.render(Analyzer.analyze(Fixtures.korea()),
        ReportOptions.builder().locale(Locale.FRENCH).fonts(FontOptions.file(Rendered.NANUM)).build());
    assertThat(out.compact()).contains("Asof30juin2022", "10mai2022");
  }

  @Test
  void render_longTimeline_splitIntoChartsThatEachFitAPage() {
    Case.Builder b = Fixtures.korea().toBuilder();
    for (int i = 0; i < 70; i++) {
      b.events(org.briefkit.model.Event.builder(org.briefkit.model.EventId.of("x" + i), "Meeting number " + i,
              org.briefkit.model.EventKind.MEETING)
          .when(String.format(Locale.ROOT, "2010-%02d", i % 12 + 1)).build());
    }
    Rendered.Output out = Rendered.render(Analyzer.analyze(b.build()),
        ReportOptions.builder().fonts(FontOptions.file(Rendered.NANUM)).build());
    assertThat(out.compact())
        .contains("Figure1.Eventsofthecaseindateorder(part1of2).", "Figure2.Eventsofthecaseindateorder(part2of2).");
  }

  @Test
  void render_fontWithoutBoldFace_emboldensTheRegularFace(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path face = Files.copy(Rendered.NANUM, dir.resolve("Face.ttf"));
    Rendered.Output out = Rendered.render(Analyzer.analyze(Fixtures.korea()),
        ReportOptions.builder().fonts(FontOptions.file(face)).build());
    try (PDDocument d = out.open()) {
      List<String> fonts = new ArrayList<>();
      scan(d.getPage(0).getResources(), fonts, new ArrayList<>(), 0);
      assertThat(fonts).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+NanumGothic embedded"));
    }
    assertThat(out.result().warnings()).isEmpty();
    assertThat(out.compact()).contains("Keyjudgments", "윤석열");
  }

  @Test
  void render_letterPaper_pageSizeIsLetter() throws IOException {
    Rendered.Output out = Rendered.render(Analyzer.analyze(Fixtures.korea()),
        ReportOptions.builder().paper(org.briefkit.report.Paper.LETTER).fonts(FontOptions.file(Rendered.NANUM)).build());
    try (PDDocument d = out.open()) {
      assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(d.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
  }

  @Test
  void write_fontFileNotAFont_failsAndLeavesNothingBehind(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path notAFont = Files.writeString(dir.resolve("fake.ttf"), "not a font");
    Path target = dir.resolve("brief.pdf");
    Files.writeString(target, "previous");
    PdfBrief brief = PdfBrief.with(ReportOptions.builder().fonts(FontOptions.file(notAFont)).build());
    assertThatThrownBy(() -> brief.write(Fixtures.korea(), target)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot use font fake.ttf");
    assertThat(Files.readString(target)).isEqualTo("previous");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fake.ttf", "brief.pdf");
    }
  }

  @Test
  void render_outputStream_leftOpen() throws IOException {
    class Tracking extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Tracking out = new Tracking();
    PdfBrief.with(ReportOptions.builder().fonts(FontOptions.file(Rendered.NANUM)).build()).render(Fixtures.korea(), out);
    assertThat(out.closed).isFalse();
    assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
