package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader gets from the flagship brief: its structure tree, read back with PDFBox,
 * in reading order.
 */
class TaggedBriefTest {
  private static StructureTree tree;

  @BeforeAll
  static void read() throws Exception {
    tree = StructureTree.read(Rendered.Madrid.PDF.bytes());
  }

  private static String text(StructureTree t) {
    return t.allText().replaceAll("\\s+", " ").strip();
  }

  @Test
  void root_holdsOneDocument() {
    assertThat(tree.kids()).extracting(StructureTree::type).containsExactly("Document");
  }

  @Test
  void headings_followTheTitle_andMatchTheBookmarks() throws Exception {
    List<String> headings = new ArrayList<>();
    tree.walk(t -> {
      if (t.type().matches("H[1-3]")) {
        headings.add(text(t));
      }
    });
    List<String> bookmarks = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(Rendered.Madrid.PDF.bytes())) {
      for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(top.getTitle());
        top.children().forEach(c -> bookmarks.add(c.getTitle()));
      }
    }
    assertThat(headings.get(0)).isEqualTo("South Korea and NATO at the Madrid summit");
    assertThat(headings.subList(1, headings.size())).isEqualTo(bookmarks);
    assertThat(tree.all("H1")).extracting(TaggedBriefTest::text)
        .contains("Key judgments", "Comparison", "Annexes", "List of figures");
    assertThat(tree.all("H2")).extracting(TaggedBriefTest::text)
        .contains("Timeline", "Annex A. Actors", "Annex F. Figure data");
  }

  @Test
  void tables_haveHeaderCellsWithColumnScope_andDataCells() {
    List<StructureTree> tables = tree.all("Table");
    assertThat(tables).hasSizeGreaterThan(5);
    for (StructureTree table : tables) {
      assertThat(table.kids()).extracting(StructureTree::type).containsExactly("THead", "TBody");
      assertThat(table.kids().get(0).all("TH")).isNotEmpty()
          .allSatisfy(th -> assertThat(th.scope()).isEqualTo("Column"));
      assertThat(table.all("TD")).isNotEmpty();
    }
    StructureTree actors = tables.stream()
        .filter(t -> t.all("TH").stream().anyMatch(th -> text(th).equals("Local name"))).findFirst().orElseThrow();
    assertThat(actors.kids().get(0).all("TH")).extracting(TaggedBriefTest::text)
        .containsExactly("Name", "Local name", "Kind", "Role", "Affiliation");
    // a row: the name, its header, then its local name in its own language
    StructureTree yoon = actors.all("TR").stream()
        .filter(tr -> text(tr.kids().get(0)).equals("Yoon Suk-yeol")).findFirst().orElseThrow();
    assertThat(yoon.kids().get(0).type()).isEqualTo("TH");
    assertThat(yoon.kids().get(0).scope()).isEqualTo("Row");
    assertThat(yoon.kids().get(1).type()).isEqualTo("TD");
    assertThat(text(yoon.kids().get(1))).isEqualTo("윤석열");
    assertThat(yoon.kids().get(1).contentLangs()).containsOnly("ko");
  }

  @Test
  void localNames_carryTheLanguageOfTheirCountry() {
    List<String> tagged = new ArrayList<>();
    tree.walk(t -> {
      if (!t.contentLangs().isEmpty()) {
        tagged.add(text(t) + "=" + String.join(",", t.contentLangs()));
      }
    });
    assertThat(tagged).contains("日本=ja", "Україна=uk", "Российская Федерация=ru", "대한민국=ko");
  }

  @Test
  void figures_haveAlternativeTextFromTheirData_andCaptions() {
    List<StructureTree> figures = tree.all("Figure");
    assertThat(figures).hasSize(7);
    assertThat(figures).allSatisfy(f -> assertThat(f.alt()).isNotBlank());
    assertThat(figures.get(1).alt()).isEqualTo("Bar chart: Salience-weighted motivations of each stakeholder in "
        + "each domain. Highest: NATO in Cybersecurity (3) and Non-proliferation and CBRN defence (3); Seoul in "
        + "Alliance politics and diplomacy (9), Regional security policy (North Korea and China) (4), Military "
        + "cooperation (4) and Technical expertise (4).");
    assertThat(figures.get(0).alt()).startsWith("Timeline: Events of the case in date order. 17 events, 2005 – 30 June 2022.");
    assertThat(tree.all("Caption")).extracting(TaggedBriefTest::text)
        .filteredOn(c -> c.startsWith("Figure 2. ")).hasSize(2);
  }

  @Test
  void runningHeaderAndFooter_areArtifacts() {
    String all = tree.allText();
    assertThat(all).doesNotContain("Page 1 of").doesNotContain("Page 2 of");
    // the marking is said once, in the title block, not once per page
    assertThat(all.split("PUBLIC — open-source analysis", -1)).hasSize(2);
  }

  @Test
  void repeatedTableHeaders_areReadOnce() {
    String all = tree.allText();
    assertThat(all.split("Local name", -1)).hasSize(2);
  }

  @Test
  void lists_haveItemsWithLabelsAndBodies() {
    List<StructureTree> items = tree.all("LI");
    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(li -> assertThat(li.kids()).extracting(StructureTree::type).contains("LBody"));
    assertThat(tree.all("Lbl")).extracting(TaggedBriefTest::text).containsOnly("•");
  }

  @Test
  void links_holdTheirAnnotations() {
    List<StructureTree> links = tree.all("Link");
    assertThat(links).isNotEmpty();
    assertThat(links).allSatisfy(link -> assertThat(link.objects()).isPositive());
    assertThat(links).extracting(TaggedBriefTest::text).contains("[article ¶3]", "Data: Annex F.");
  }

  @Test
  void untagged_hasNoStructure_butTheSameTextAndLinks() throws Exception {
    Rendered.Output untagged = Rendered.render(Rendered.Madrid.ANALYSIS, Rendered.Madrid.OPTIONS.toBuilder().tagged(false).build());
    assertThat(StructureTree.read(untagged.bytes()).kids()).isEmpty();
    try (PDDocument tagged = Loader.loadPDF(Rendered.Madrid.PDF.bytes());
        PDDocument plain = Loader.loadPDF(untagged.bytes())) {
      assertThat(plain.getDocumentCatalog().getMarkInfo()).isNull();
      assertThat(plain.getNumberOfPages()).isEqualTo(tagged.getNumberOfPages());
      assertThat(links(plain)).isEqualTo(links(tagged)).isGreaterThan(20);
    }
    assertThat(untagged.text()).isEqualTo(Rendered.Madrid.PDF.text());
  }

  private static int links(PDDocument d) throws Exception {
    int n = 0;
    for (var page : d.getPages()) {
      n += (int) page.getAnnotations().stream().filter(a -> "Link".equals(a.getSubtype())).count();
    }
    return n;
  }

  @Test
  void koreanEdition_latinRunsAreEnglish_hangulNever() throws Exception {
    StructureTree korean = StructureTree.read(Rendered.Korean.PDF.bytes());
    List<String> english = new ArrayList<>();
    korean.walk(t -> t.langRuns().stream().filter(r -> r.startsWith("en:")).forEach(english::add));
    // a Korean sentence naming NATO is Korean; an English title in it is English
    assertThat(english).isNotEmpty().noneSatisfy(t -> assertThat(t).containsPattern("\\p{IsHangul}"));
    assertThat(korean.all("H1")).extracting(TaggedBriefTest::text).contains("핵심 판단");
    assertThat(korean.all("Figure")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.alt()).matches("(막대 그래프|점 그래프|누적 막대 그래프|연표|척도 위의 점 그래프): .*"));
  }

  @Test
  void englishFlagship_everyRunOfHangulIsKorean() {
    List<String> untagged = new ArrayList<>();
    tree.walk(t -> t.langRuns().stream()
        .filter(r -> !r.startsWith("ko:"))
        .filter(r -> r.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
        .forEach(r -> untagged.add(t.type() + " " + r)));
    assertThat(untagged).isEmpty();
  }

  @Test
  void readingOrder_followsTheBrief() {
    String all = tree.allText().replaceAll("\\s+", " ");
    int judgments = all.indexOf("Key judgments");
    int context = all.indexOf("Context");
    int actors = all.indexOf("Annex A. Actors");
    int figures = all.indexOf("List of figures");
    assertThat(judgments).isPositive();
    assertThat(context).isGreaterThan(judgments);
    assertThat(actors).isGreaterThan(context);
    assertThat(figures).isGreaterThan(actors);
  }
}
