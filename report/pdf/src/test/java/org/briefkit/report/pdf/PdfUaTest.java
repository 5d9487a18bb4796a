package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** veraPDF's PDF/UA-1 profile finds no failed rule in the briefs, whatever they hold. */
class PdfUaTest {
  @Test
  void flagship_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Madrid.PDF);
  }

  /** Links to named destinations (citations, what changed), badges in table cells, Cyrillic and Hangul names. */
  @Test
  void revisedWithTexts_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Revised.PDF);
  }

  /** The Korean edition: Hangul throughout, Latin names and acronyms tagged as English. */
  @Test
  void korean_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Korean.PDF);
  }

  @Test
  void tradecraft_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Tradecraft.PHIA_PDF);
  }

  @Test
  void competingExplanations_passesPdfUa1() throws Exception {
    assertPdfUa1(Rendered.Ach.TWO_PDF);
  }

  /**
   * Why BriefKit tags the brief itself: OpenPDF's own switch marks the document as tagged but
   * writes no marked content and no metadata, and an incomplete CIDSet for subset fonts
   * (OpenPDF 3.0.5 on Java 25 does the same: docs/accessibility.md).
   */
  @Test
  void openPdfAlone_setTagged_tagsNoContent() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setTagged();
    doc.addTitle("OpenPDF alone");
    doc.open();
    BaseFont dejaVu = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
        PdfUaTest.class.getResourceAsStream("/org/briefkit/report/fonts/DejaVuSans.ttf").readAllBytes(), null);
    doc.add(new Paragraph("A paragraph.", new Font(dejaVu, 11)));
    doc.close();

    // 7.1-3 content neither tagged nor an artifact; 7.1-8 no XMP metadata; 7.21.4.2-2 incomplete CIDSet
    assertThat(VeraPdf.failedRules(out.toByteArray(), VeraPdf.UA_1)).contains("7.1-3", "7.1-8", "7.21.4.2-2");
  }

  static void assertPdfUa1(Rendered.Output out) throws Exception {
    assertThat(VeraPdf.failures(out.bytes(), VeraPdf.UA_1)).isEmpty();
  }
}
