package org.briefkit.report.pdf.tag;

import com.lowagie.text.pdf.PdfName;

/** The standard structure types the brief uses (PDF 1.7, 14.8.4), named as PDF names them. */
public enum Role {
  DOCUMENT("Document"),
  H1("H1"),
  H2("H2"),
  H3("H3"),
  P("P"),
  /** A list: holds {@link #LI} only. */
  L("L"),
  LI("LI"),
  /** The bullet or number of a list item. */
  LBL("Lbl"),
  /** The text of a list item. */
  LBODY("LBody"),
  TABLE("Table"),
  THEAD("THead"),
  TBODY("TBody"),
  TR("TR"),
  TH("TH"),
  TD("TD"),
  FIGURE("Figure"),
  CAPTION("Caption"),
  LINK("Link"),
  /** A note, such as the source line under a table or figure. */
  NOTE("Note"),
  SPAN("Span");

  private final PdfName name;

  Role(String name) {
    this.name = new PdfName(name);
  }

  /** The structure type as a PDF name. */
  PdfName pdfName() {
    return name;
  }

  /** The heading role of a level: 1 for {@link #H1}, 2 for {@link #H2}, 3 and deeper for {@link #H3}. */
  public static Role heading(int level) {
    return level <= 1 ? H1 : level == 2 ? H2 : H3;
  }
}
