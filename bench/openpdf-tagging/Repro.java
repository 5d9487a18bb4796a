import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.*;
/** The smallest brief: a heading, a paragraph and a table, with OpenPDF's own tagging switch on. */
public class Repro {
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setTagged();
    w.setPdfVersion(PdfWriter.VERSION_1_7);
    w.setViewerPreferences(PdfWriter.DisplayDocTitle);
    d.addTitle("Repro");
    d.open();
    w.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
    BaseFont bf = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Font f = new Font(bf, 11);
    d.add(new Paragraph("Heading", f));
    d.add(new Paragraph("A paragraph of body text.", f));
    PdfPTable t = new PdfPTable(2);
    t.addCell(new Phrase("Head A", f)); t.addCell(new Phrase("Head B", f));
    t.addCell(new Phrase("1", f)); t.addCell(new Phrase("2", f));
    t.setHeaderRows(1);
    d.add(t);
    w.createXmpMetadata();
    d.close();
  }
}
