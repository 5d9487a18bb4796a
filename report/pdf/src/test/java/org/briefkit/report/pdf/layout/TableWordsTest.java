package org.briefkit.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import org.briefkit.report.pdf.tag.TaggedWriter;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.report.ReportOptions.FontOptions;
import org.briefkit.report.Theme;
import org.briefkit.report.pdf.font.BriefFonts;
import org.junit.jupiter.api.Test;

/** Tables laid out through {@link Layout#add}, read back line by line from the PDF. */
class TableWordsTest {
  private interface Content {
    void add(Layout l) throws Exception;
  }

  /** The lines of text of a one-page document that {@code content} lays out, as PDFBox reads them. */
  private static List<String> lines(String language, Content content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
    TaggedWriter writer = TaggedWriter.of(doc, out);
    Styles s = new Styles(BriefFonts.load(FontOptions.bundledOnly(), 1L), Theme.standard());
    doc.open();
    content.add(new Layout(doc, writer, s, new PageDecorator(s, "", "test"), language));
    doc.close();
    try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
      return Arrays.stream(new PDFTextStripper().getText(d).split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
  }

  @Test
  void add_tablesNarrowColumnWithALongWord_widensTheColumnToTheWord() throws Exception {
    List<String> lines = lines("en", l -> {
      PdfPTable t = Tables.table(new float[] {0.5f, 9.5f});
      t.addCell(Tables.cell(l.styles(), "Organisation", l.styles().small(), Element.ALIGN_LEFT));
      t.addCell(Tables.cell(l.styles(), "A long role that wraps over several lines of the wide column. ".repeat(4),
          l.styles().small(), Element.ALIGN_LEFT));
      l.add(t);
    });

    assertThat(lines).anyMatch(x -> x.contains("Organisation"));
    assertThat(lines).noneMatch(x -> x.matches(".*\\bOr(g|ga|gan|gani|ganis|ganisa|ganisat)?-.*"));
  }

  @Test
  void add_wordsTooWideForAnyColumn_areHyphenatedOnEveryLine() throws Exception {
    String word = "Internationalisation";
    List<String> lines = lines("en", l -> {
      PdfPTable t = Tables.table(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
      for (int i = 0; i < 10; i++) {
        t.addCell(Tables.cell(l.styles(), word + word, l.styles().small(), Element.ALIGN_LEFT));
      }
      l.add(t);
    });

    List<String> pieces = lines.stream().filter(x -> !x.isEmpty()).toList();
    assertThat(pieces).allMatch(x -> x.endsWith("-") || (word + word).endsWith(x), "every line ends with a hyphen or the word");
    assertThat(String.join("", pieces).replace("-", "")).isEqualTo((word + word).repeat(10));
  }

  @Test
  void add_plainTableWithANarrowCell_hyphenatesTheWordToo() throws Exception {
    List<String> lines = lines("en", l -> {
      PdfPTable t = new PdfPTable(new float[] {0.6f, 9.4f});
      t.setWidthPercentage(100);
      t.addCell(l.styles().phrase("Counterintelligence", l.styles().small()));
      t.addCell(l.styles().phrase("wide", l.styles().small()));
      l.add(t);
    });

    List<String> pieces = lines.stream().filter(x -> !x.equals("wide")).toList();
    assertThat(pieces).hasSizeGreaterThan(1);
    assertThat(pieces.subList(0, pieces.size() - 1)).allMatch(x -> x.endsWith("-"));
    assertThat(String.join("", pieces).replace("-", "")).isEqualTo("Counterintelligence");
  }
}
