package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.briefkit.report.pdf.tag.TaggedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.report.ReportOptions.FontOptions;
import org.briefkit.report.Theme;
import org.briefkit.report.pdf.font.BriefFonts;
import org.junit.jupiter.api.Test;

/**
 * Korean text laid out in the brief, read back line by line: lines end between words, never
 * inside one, and a run without spaces that is wider than the line is cut between syllables,
 * without a hyphen.
 */
class KoreanLinesTest {
  private static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
  private static final String SENTENCE =
      "북한과 중국은 양측의 공통 기반이다. 넓어지는 NATO의 위협 인식은 전략개념에서 보듯 두 이웃에 대한 한국의 더 단호한 정책을 암묵적으로 뒷받침한다. ";

  private interface Content {
    void add(Layout l) throws Exception;
  }

  private static List<String> lines(Content content) throws Exception {
    assumeTrue(Files.exists(NANUM) || System.getenv("CI") != null, "NanumGothic is not installed");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
    TaggedWriter writer = TaggedWriter.of(doc, out);
    Styles s = new Styles(BriefFonts.load(FontOptions.file(NANUM), 1L), Theme.standard());
    doc.open();
    content.add(new Layout(doc, writer, s, new PageDecorator(s, "", "test"), "ko"));
    doc.close();
    try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
      return Arrays.stream(new PDFTextStripper().getText(d).split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
  }

  @Test
  void paragraph_korean_breaksOnlyBetweenWords() throws Exception {
    String text = SENTENCE.repeat(6).strip();
    List<String> lines = lines(l -> l.add(l.styles().paragraph(text, l.styles().body())));

    assertThat(lines).hasSizeGreaterThan(3);
    List<String> words = List.of(text.split(" "));
    for (String line : lines) {
      // Every line is whole words: its first and last are words of the text, not pieces of one.
      String[] on = line.split(" ");
      assertThat(words).as(line).contains(on[0], on[on.length - 1]);
    }
    assertThat(String.join(" ", lines)).isEqualTo(text);
  }

  @Test
  void paragraph_longRunWithoutSpaces_isCutBetweenSyllables() throws Exception {
    String run = "가나다라마바사아자차카타파하".repeat(12);
    List<String> lines = lines(l -> {
      Paragraph p = l.styles().paragraph(run, l.styles().body());
      p.setAlignment(Element.ALIGN_LEFT);
      l.add(p);
    });

    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo(run);
    assertThat(lines).noneMatch(x -> x.endsWith("-"));
  }

  @Test
  void table_koreanWordWiderThanItsCell_isCutBetweenSyllablesWithoutHyphen() throws Exception {
    String word = "조선민주주의인민공화국";
    List<String> lines = lines(l -> {
      PdfPTable t = new PdfPTable(new float[] {0.4f, 9.6f});
      t.setWidthPercentage(100);
      t.addCell(l.styles().phrase(word, l.styles().small()));
      t.addCell(l.styles().phrase("넓은 칸", l.styles().small()));
      l.add(t);
    });

    List<String> pieces = lines.stream().filter(x -> !x.equals("넓은 칸")).toList();
    assertThat(pieces).hasSizeGreaterThan(1);
    assertThat(pieces).noneMatch(x -> x.endsWith("-"));
    assertThat(String.join("", pieces)).isEqualTo(word);
  }

  @Test
  void table_koreanWords_keepWholeWordsInANarrowColumn() throws Exception {
    String header = "뒷받침하는 판단";
    List<String> lines = lines(l -> {
      PdfPTable t = Tables.table(new float[] {1.1f, 8.9f});
      Tables.headerCell(l.styles(), t, header, Element.ALIGN_LEFT);
      Tables.headerCell(l.styles(), t, "근거", Element.ALIGN_LEFT);
      t.addCell(Tables.cell(l.styles(), "핵심 판단 1, 2", l.styles().small(), Element.ALIGN_LEFT));
      t.addCell(Tables.cell(l.styles(), SENTENCE.repeat(3), l.styles().small(), Element.ALIGN_LEFT));
      l.add(t);
    });

    assertThat(lines).noneMatch(x -> x.endsWith("판") || x.startsWith("단 ") || x.equals("단"));
  }
}
