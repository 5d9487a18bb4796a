package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.junit.jupiter.api.Test;

/**
 * The "What changed" section of a revised brief, read back as a reader would: the fictional
 * sample (version 2) rendered with its previous version (version 1) and its sources' texts, as
 * the command will render it.
 */
class WhatChangedBriefTest {
  private static final Rendered.Output REVISED = Rendered.Revised.PDF;

  /** The section's text, from its heading to the next section's, without white space, as drawn. */
  private static String section(Rendered.Output out) {
    String text = out.drawnCompact();
    int from = text.indexOf("Whatchanged");
    int to = text.indexOf("Context", from);
    assertThat(from).as("What changed").isPositive();
    return text.substring(from, to);
  }

  /**
   * Leaves the revised sample's brief in target/pdf-out/ (bundled fonts and NanumGothic), to be
   * looked at page by page: {@code pdftoppm -png -r 70 -f 2 -l 3 calder-strait-revised.pdf p}.
   */
  @Test
  void revisedSample_writtenForLookingAt() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "pdf-out"));
    Files.write(dir.resolve("calder-strait-revised.pdf"), REVISED.bytes());
    if (Rendered.Revised.NANUM_PDF != null) {
      Files.write(dir.resolve("calder-strait-revised-nanum.pdf"), Rendered.Revised.NANUM_PDF.bytes());
    }

    assertThat(REVISED.result().pages()).isGreaterThan(15);
  }

  @Test
  void whatChanged_fictionalSample_firstSentenceNamesBothVersionsAndTheirDates() {
    assertThat(REVISED.compact()).contains(Rendered.compact(
        "What changed This is version 2 of the brief (30 November 2040); it revises version 1 (19 October 2040)."));
  }

  @Test
  void whatChanged_standsAfterTheKeyAssumptions_beforeTheContext_inTheBookmarks() throws IOException {
    try (PDDocument d = REVISED.open()) {
      List<PDOutlineItem> top = new ArrayList<>();
      d.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);

      assertThat(Rendered.titles(top)).startsWith("Key judgments", "Key assumptions", "What changed", "Context");
    }
  }

  @Test
  void whatChanged_table_eachJudgmentWhoseEstimateMoved_badgesBeforeAndAfter_andItsReason() {
    String s = section(REVISED);

    assertThat(s).containsSubsequence("KeyjudgmentBeforeAfterReason",
        "1.TheCompact'staskforcewillkeepthestraitopenthrough2041.",
        "moderateconfidence", "verylikely·80–95%", "moderateconfidence", "likely·55–80%",
        "Loweredbyoneband.Reportno.7findsthattakingpartisvoluntary",
        "2.VarnyawillkeepsellingarmstoHaedodespiteitsprotests.",
        "moderateconfidence", "verylikely·80–95%", "highconfidence", "verylikely·80–95%",
        "Confidenceraisedfrommoderate.",
        "8.ThepartnershipwillsurviveHaedo's2041election.",
        "highconfidence", "almostcertain·95–99%", "moderateconfidence", "almostcertain·95–99%",
        "Confidenceloweredfromhigh.");
    assertThat(s).doesNotContain("noreasongiven");
  }

  @Test
  void whatChanged_otherChanges_aSentencePerSection_countedAndNamed() {
    String s = section(REVISED);

    assertThat(s).containsSubsequence(
        "Otherchanges",
        "Case:summaryrevised.",
        Rendered.compact("Motivations: 1 added (“Keep its name as a supplier that honours its contracts…”), "
            + "1 removed (“Open Haedo's and Kessaly's markets to members' defence…”), "
            + "1 changed (“Show members that the alliance can act beyond its treaty…”: salience)."),
        Rendered.compact("Key judgments: 1 changed (KJ 2: supported by)."),
        Rendered.compact("Evidence: 4 items added, 6 re-cited to another place in their source."),
        Rendered.compact("Key assumptions: 2 changed (“Compact members keep paying for the Calder task force…”: "
            + "status, statement; “Haedo's voters and main parties still favour the…”: status)."),
        Rendered.compact("Arms transfers: 1 changed (“Spare parts for Varnyan-built aircraft”: status, when)."),
        Rendered.compact("Competing hypotheses: 1 changed (why-task-force: 3 items added, 2 items changed)."));
    // The version, its date and the previous version's file are in the first sentence, not here.
    assertThat(s).doesNotContain("Asof").doesNotContain("Previousversion");
  }

  @Test
  void whatChanged_judgmentsAndMotivations_linkToWhereTheBriefHasThem() throws IOException {
    int page = REVISED.pageOf("Whatchanged");
    List<String> links = new ArrayList<>();
    try (PDDocument d = REVISED.open()) {
      for (int p = page; p <= page + 1; p++) {
        links.addAll(links(d, p));
      }
    }

    int judgments = REVISED.pageOf("1.TheCompact'staskforcewillkeepthestraitopenthrough2041.");
    assertThat(links).contains(
        "1.  The Compact's → p" + judgments,
        "2.  Varnya will keep → p" + judgments,
        "KJ 2: → p" + judgments,
        "Keep its name as a supplier that honours its contracts…”) → p"
            + REVISED.pageOf("Keepitsnameasasupplierthathonoursitscontractswhateverthepolitics."),
        "Show members that the alliance can act beyond its treaty…” → p"
            + REVISED.pageOf("Showmembersthatthealliancecanactbeyonditstreatyarea."));
    // A removed motivation is on no page of this version: it is named, not linked.
    assertThat(links).noneMatch(l -> l.contains("Open Haedo's"));
  }

  /** Each link on page {@code n} (from 1) as "the text under it → p<the page it goes to>". */
  private static List<String> links(PDDocument d, int n) throws IOException {
    PDPage page = d.getPage(n - 1);
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    List<PDAnnotationLink> found = new ArrayList<>();
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
        PDRectangle r = link.getRectangle();
        float top = page.getMediaBox().getHeight() - r.getUpperRightY();
        stripper.addRegion(Integer.toString(found.size()),
            new Rectangle2D.Float(r.getLowerLeftX(), top, r.getWidth(), r.getHeight()));
        found.add(link);
      }
    }
    stripper.extractRegions(page);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      PDDestination to = ((PDActionGoTo) found.get(i).getAction()).getDestination();
      PDPageDestination target = to instanceof PDNamedDestination named
          ? d.getDocumentCatalog().findNamedDestinationPage(named)
          : (PDPageDestination) to;
      out.add(stripper.getTextForRegion(Integer.toString(i)).strip() + " → p"
          + (d.getPages().indexOf(target.getPage()) + 1));
    }
    return out;
  }

  @Test
  void whatChanged_changeWithoutReason_saysSoInRed_namingTheRule() throws IOException {
    // The tradecraft companion raises a likelihood from version 2 without a reason, on purpose.
    Case companion = Rendered.sample("fictional/calder-strait-tradecraft.yaml");
    Rendered.Output out = Rendered.render(
        Rendered.analyze(companion, Rendered.sampleFile("fictional/calder-strait-tradecraft.yaml"), Rendered.Revised.CASE),
        Rendered.bundled());

    // The companion gives no version label of its own.
    assertThat(out.compact()).contains("Whatchanged" + "Thisbrief(30November2040)revisesversion2(30November2040).");
    assertThat(section(out)).containsSubsequence(
        "6.Haedo'sammunitionwillreachBrennathroughanintermediary.",
        "lowconfidence", "veryunlikely·5–20%", "lowconfidence", "unlikely·20–45%",
        "noreasongiven(change-without-reason,seethetradecraftcheck)");
    assertThat(out.compact()).contains("•change-without-reason—likelihoodchangedfromvery-unlikelytounlikely");
  }

  @Test
  void whatChanged_nothingChanged_oneLineSaysSo() {
    Case c = Rendered.Revised.CASE;
    Rendered.Output out = Rendered.render(
        Analyzer.analyze(c, CaseMaterials.builder().previous(c).build()), Rendered.bundled());

    assertThat(out.compact()).contains(Rendered.compact("What changed This is version 2 of the brief (30 November 2040); "
        + "it revises version 2 (30 November 2040). Nothing in the case changed between the two versions. Context"));
  }

  @Test
  void whatChanged_withoutThePreviousVersion_noSection() throws IOException {
    Rendered.Output plain = Rendered.render(Analyzer.analyze(Rendered.Revised.CASE), Rendered.bundled());

    try (PDDocument d = plain.open()) {
      assertThat(new PDFTextStripper().getText(d)).doesNotContain("What changed");
      List<String> top = Rendered.titles(d.getDocumentCatalog().getDocumentOutline().children());
      assertThat(top).startsWith("Key judgments", "Key assumptions", "Context");
    }
  }

  @Test
  void keyJudgmentsAndMotivations_areNamedDestinations_inEveryBrief() throws IOException {
    try (PDDocument d = Rendered.Calder.PDF.open()) {
      PDPage page = d.getDocumentCatalog()
          .findNamedDestinationPage(new PDNamedDestination("judgment:kj-strait-open")).getPage();

      assertThat(d.getPages().indexOf(page) + 1)
          .isEqualTo(Rendered.Calder.PDF.pageOf("TheCompact'staskforcewillkeepthestraitopenthrough2041."));
    }
  }
}
