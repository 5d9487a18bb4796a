package org.briefkit.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as a screen reader walks it, read back with PDFBox: each
 * element's type, alternative text, language, table scope, the text of its own marked content
 * (with the languages its sequences declare, and each sequence as "lang:text", lang empty where
 * none is declared) and its children.
 */
record StructureTree(String type, String alt, String lang, String scope, String text,
    List<String> contentLangs, List<String> langRuns, int objects, List<StructureTree> kids) {

  /** Reads the structure tree of {@code pdf}; its root has the type "StructTreeRoot". */
  static StructureTree read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, PDMarkedContent> contents = new HashMap<>();
      int index = 0;
      for (PDPage page : doc.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
          collect(index, mc, contents);
        }
        index++;
      }
      PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
      if (root == null) {
        return new StructureTree("StructTreeRoot", null, null, null, "", List.of(), List.of(), 0, List.of());
      }
      List<StructureTree> kids = new ArrayList<>();
      for (Object k : root.getKids()) {
        if (k instanceof PDStructureElement e) {
          kids.add(of(e, doc, contents));
        }
      }
      return new StructureTree("StructTreeRoot", null, null, null, "", List.of(), List.of(), 0, kids);
    }
  }

  private static void collect(int page, PDMarkedContent mc, Map<String, PDMarkedContent> out) {
    if (mc.getMCID() >= 0) {
      out.put(page + ":" + mc.getMCID(), mc);
    }
    for (Object o : mc.getContents()) {
      if (o instanceof PDMarkedContent inner) {
        collect(page, inner, out);
      }
    }
  }

  private static StructureTree of(PDStructureElement e, PDDocument doc, Map<String, PDMarkedContent> contents) {
    StringBuilder text = new StringBuilder();
    List<String> langs = new ArrayList<>();
    List<String> runs = new ArrayList<>();
    List<StructureTree> kids = new ArrayList<>();
    int objects = 0;
    for (Object k : e.getKids()) {
      if (k instanceof PDStructureElement child) {
        kids.add(of(child, doc, contents));
      } else if (k instanceof Integer mcid) {
        content(contents.get(doc.getPages().indexOf(e.getPage()) + ":" + mcid), text, langs, runs);
      } else if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference r) {
        PDPage page = r.getPage() != null ? r.getPage() : e.getPage();
        content(contents.get(doc.getPages().indexOf(page) + ":" + r.getMCID()), text, langs, runs);
      } else if (k instanceof PDObjectReference) {
        objects++;
      }
    }
    String scope = null;
    for (int i = 0; i < e.getAttributes().size(); i++) {
      PDAttributeObject a = e.getAttributes().getObject(i);
      if (a instanceof PDTableAttributeObject t) {
        scope = t.getScope();
      }
    }
    return new StructureTree(e.getStructureType(), e.getAlternateDescription(), e.getLanguage(), scope,
        text.toString(), langs, runs, objects, kids);
  }

  private static void content(PDMarkedContent mc, StringBuilder text, List<String> langs, List<String> runs) {
    if (mc == null) {
      return;
    }
    String lang = mc.getProperties() == null ? null : mc.getProperties().getString(COSName.LANG);
    if (lang != null) {
      langs.add(lang);
    }
    StringBuilder own = new StringBuilder();
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) {
        own.append(t.getUnicode());
      }
    }
    text.append(own);
    runs.add((lang == null ? "" : lang) + ":" + own);
  }

  /** This element and every element under it, depth first: the reading order. */
  void walk(Consumer<StructureTree> visitor) {
    visitor.accept(this);
    kids.forEach(k -> k.walk(visitor));
  }

  /** Every element of {@code type} in reading order. */
  List<StructureTree> all(String type) {
    List<StructureTree> out = new ArrayList<>();
    walk(t -> {
      if (t.type().equals(type)) {
        out.add(t);
      }
    });
    return out;
  }

  /** The text of this element and of everything under it, in reading order. */
  String allText() {
    StringBuilder b = new StringBuilder();
    walk(t -> b.append(t.text()));
    return b.toString();
  }

  /** The tree as indented lines, for failure messages. */
  String dump() {
    StringBuilder b = new StringBuilder();
    dump(b, 0);
    return b.toString();
  }

  private void dump(StringBuilder b, int depth) {
    b.append("  ".repeat(depth)).append(type);
    if (alt != null) {
      b.append(" alt=\"").append(alt).append('"');
    }
    if (scope != null) {
      b.append(" scope=").append(scope);
    }
    if (!contentLangs.isEmpty()) {
      b.append(" lang=").append(contentLangs);
    }
    if (!text.isEmpty()) {
      b.append(": ").append(text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
    b.append('\n');
    kids.forEach(k -> k.dump(b, depth + 1));
  }
}
