package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;

/**
 * The figures of a brief as a reader finds them: each with its source line, the domain emphasis
 * readable against a per-cent axis, the arms-flow charts only where they add to the table, and
 * the list of figures at the end, each entry on the page its figure is on and linking to it.
 */
class FiguresBriefTest {
  private static final String ARTICLE =
      "Source: BriefKit analysis of President Yoon Suk-yeol’s participation in the Madrid NATO Summit";
  private static final String SITREP = "Source: BriefKit analysis of Calder Strait situation report no. 7 (fictional)";
  private static final Pattern CAPTION = Pattern.compile("Figure (\\d+)\\. ");

  @Test
  void render_bothSamples_everyFigureCaptionIsFollowedByItsSourceLine() {
    for (Rendered.Output out : List.of(Rendered.Madrid.PDF, Rendered.Calder.PDF)) {
      String text = beforeFigureData(out.text());
      int figures = 0;
      Matcher m = CAPTION.matcher(text);
      while (m.find()) {
        figures++;
        assertThat(m.group(1)).isEqualTo(Integer.toString(figures));
        int source = text.indexOf("Source: BriefKit analysis of ", m.end());
        int next = text.indexOf("Figure " + (figures + 1) + ". ", m.end());
        assertThat(source).as("source line of figure %s", figures).isPositive()
            .isLessThan(next < 0 ? text.length() : next);
        int data = text.indexOf("Data: Annex F.", source);
        assertThat(data).as("link to the data of figure %s", figures).isPositive()
            .isLessThan(next < 0 ? text.length() : next);
      }
      assertThat(figures).isGreaterThanOrEqualTo(7);
    }
  }

  /** The brief up to the annex of figure data, which lists the figures again with their tables. */
  private static String beforeFigureData(String text) {
    return text.substring(0, text.indexOf("Annex F. Figure data"));
  }

  @Test
  void render_bothSamples_figureDataAnnex_aTableForEveryFigure() {
    for (Rendered.Output out : List.of(Rendered.Madrid.PDF, Rendered.Calder.PDF)) {
      String text = out.text();
      String annex = text.substring(text.indexOf("Annex F. Figure data"), text.indexOf("List of figures"));
      long figures = CAPTION.matcher(beforeFigureData(text)).results().count();
      assertThat(CAPTION.matcher(annex).results().count()).isEqualTo(figures);
    }
    String madrid = Rendered.Madrid.PDF.text();
    String annex = madrid.substring(madrid.indexOf("Annex F. Figure data"));
    // Figure 2: weighted motivations, a row per domain, a column per stakeholder
    assertThat(annex).contains("Category NATO Seoul", "Alliance politics and diplomacy 2 9", "Cybersecurity 3 2");
  }

  @Test
  void render_madridSample_sourceLinesNameTheArticleAndTheParagraphsCited() {
    String text = Rendered.Madrid.PDF.text();

    // Every motivation cites one of paragraphs 1 to 7; the transfers all cite paragraph 4.
    assertThat(text)
        .contains("Figure 3. Each stakeholder's share of its own salience-weighted motivations in each domain, in per cent; "
            + "a stakeholder's shares add up to 100 %. " + ARTICLE + " ¶1–¶7.")
        .contains("Each row is one transfer; status as the sources give it. " + ARTICLE + " ¶4.")
        .contains("darker cells weigh more. " + ARTICLE + " ¶1–¶7.");
  }

  @Test
  void render_madridSample_domainEmphasisReadAgainstALabelledPercentAxis_noRing() {
    Rendered.Output out = Rendered.Madrid.PDF;
    String page = out.pages().get(out.pageOf("Domainemphasis") - 1);

    assertThat(page).contains("Share of the stakeholder's weighted motivations", "0 %", "20 %", "40 %", "NATO", "Seoul",
        "Cybersecurity", "Technical expertise");
    assertThat(out.text()).doesNotContain("outer ring");
  }

  @Test
  void render_madridSample_everyPartnerOneTransfer_armsTableWithoutChart() {
    String text = Rendered.Madrid.PDF.text();

    assertThat(text).contains("Arms trade", "Each row is one transfer")
        .doesNotContain("Arms flows by partner and status")
        .doesNotContain("Arms transfers by year");
  }

  @Test
  void render_calderSample_transfersRepeatAPartnerAndAYear_chartsOfPartnersAndYears() {
    String text = Rendered.Calder.PDF.text();

    // Two deliveries from Varnya; three transfers dated 2040.
    assertThat(text)
        .contains("Arms flows by partner and status", "Imports from Varnyan Federation",
            "Number of transfers by direction, partner and status. " + SITREP + " ¶8, ¶23, ¶30.")
        .contains("Arms transfers by year", "2037", "2038", "2041",
            "Number of dated transfers by the year they start and by status; 2 undated transfers left out. "
                + SITREP + " ¶8, ¶30.");
  }

  @Test
  void render_bothSamples_listOfFiguresLastWithEachFiguresPage() {
    for (Rendered.Output out : List.of(Rendered.Madrid.PDF, Rendered.Calder.PDF)) {
      List<String> pages = out.pages();
      int last = pages.size();
      assertThat(pages.get(last - 1)).contains("List of figures");
      List<String> lines = out.lines(last);
      int figures = 0;
      Matcher m = CAPTION.matcher(beforeFigureData(out.text()));
      while (m.find()) {
        figures++;
        int page = out.pageOf("Figure" + figures + ".");
        String prefix = "Figure " + figures + " ";
        assertThat(lines).as("entry of figure %s", figures)
            .anySatisfy(line -> assertThat(line).startsWith(prefix).endsWith(" " + page));
      }
    }
  }

  @Test
  void render_madridSample_listOfFiguresEntriesLinkToTheirFigures() throws IOException {
    Rendered.Output out = Rendered.Madrid.PDF;
    try (PDDocument d = out.open()) {
      PDPage listPage = d.getPage(d.getNumberOfPages() - 1);
      List<Integer> targets = new ArrayList<>();
      for (PDAnnotation a : listPage.getAnnotations()) {
        if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
          PDPageDestination dest = go.getDestination() instanceof PDNamedDestination named
              ? d.getDocumentCatalog().findNamedDestinationPage(named)
              : (PDPageDestination) go.getDestination();
          int page = dest.retrievePageNumber() + 1;
          if (targets.isEmpty() || targets.get(targets.size() - 1) != page) {
            targets.add(page);
          }
        }
      }
      List<Integer> expected = new ArrayList<>();
      for (int n = 1; out.text().contains("Figure " + n + ". "); n++) {
        int page = out.pageOf("Figure" + n + ".");
        if (expected.isEmpty() || expected.get(expected.size() - 1) != page) {
          expected.add(page);
        }
      }
      assertThat(targets).isEqualTo(expected);
    }
  }
}
