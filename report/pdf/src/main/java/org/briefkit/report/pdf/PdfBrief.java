package org.briefkit.report.pdf;

import com.google.common.collect.ImmutableList;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.Messages;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.io.AtomicFiles;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.font.BriefFonts;
import org.briefkit.report.pdf.layout.Layout;
import org.briefkit.report.pdf.layout.PageDecorator;
import org.briefkit.report.pdf.layout.Styles;
import org.briefkit.report.pdf.section.ActorsAnnex;
import org.briefkit.report.pdf.section.ArmsTrade;
import org.briefkit.report.pdf.section.BriefContext;
import org.briefkit.report.pdf.section.BriefSection;
import org.briefkit.report.pdf.section.CompetingExplanations;
import org.briefkit.report.pdf.section.ContextAndTimeline;
import org.briefkit.report.pdf.section.Convergence;
import org.briefkit.report.pdf.section.CoverageAnnex;
import org.briefkit.report.pdf.section.DomainEmphasisChart;
import org.briefkit.report.pdf.section.DriversChart;
import org.briefkit.report.pdf.section.EventsAnnex;
import org.briefkit.report.pdf.section.FigureData;
import org.briefkit.report.pdf.section.Findings;
import org.briefkit.report.pdf.section.KeyAssumptions;
import org.briefkit.report.pdf.section.KeyJudgments;
import org.briefkit.report.pdf.section.ListOfFigures;
import org.briefkit.report.pdf.section.MatrixTable;
import org.briefkit.report.pdf.section.PartHeading;
import org.briefkit.report.pdf.section.SourcesAnnex;
import org.briefkit.report.pdf.section.StakeholderSections;
import org.briefkit.report.pdf.section.TitleBlock;
import org.briefkit.report.pdf.section.TradecraftAnnex;
import org.briefkit.report.pdf.section.WeightedMotivationsChart;
import org.briefkit.report.pdf.section.WhatChanged;
import org.briefkit.report.pdf.tag.TaggedWriter;
import org.briefkit.report.pdf.text.BriefText;

/**
 * Renders an analysed case as a PDF policy brief: title block with the distribution marking,
 * key judgments (confidence and likelihood badges, what would change each) and key
 * assumptions, what changed since the previous version (when the analysis compared the case
 * with it), context and timeline, one section per stakeholder answering its question, the
 * comparison (matrix, charts, convergence), arms trade, the competing explanations of each
 * question tested by ACH (when the case has matrices), findings and annexes (ending with the
 * tradecraft: the estimative scale with the judgments on it, and the rules switched off) and
 * the list of figures, each figure and data table with a source line built from the evidence
 * it rests on; running header and footer with "Page X of Y", bookmarks, document metadata and language.
 *
 * <p>Charts are drawn as vectors; every font is embedded and subset. Text is set in a TrueType
 * font that covers Hangul, found from the options, the {@code BRIEFKIT_FONT} environment
 * variable or the usual system folders; without one, the bundled DejaVu Sans is used and
 * the {@link Result} carries one warning naming the text that could not be shown.
 *
 * <p>The same analysis and options always give the same bytes: the document id, dates and
 * font subset tags derive from the content and the options' timestamp, never from the clock,
 * the default locale or time zone. Each rendering loads its own font objects (OpenPDF's font
 * cache is bypassed), so that a seeded subset tag never leaks from one document into another.
 * The document is written to the stream as it is laid out; only its cross-reference table is
 * held back, to be checked for locale-dependent digits ({@link XrefDigits}), so that the memory
 * a brief needs does not grow with its pages. A {@code PdfBrief} holds no mutable state:
 * one instance may render several documents at once from several threads.
 */
public final class PdfBrief {

  /** The sections of every brief, in order. A new section is one class and one line here. */
  private static final ImmutableList<BriefSection> SECTIONS =
      ImmutableList.of(
          new TitleBlock(),
          new KeyJudgments(),
          new KeyAssumptions(),
          new WhatChanged(),
          new ContextAndTimeline(),
          new StakeholderSections(),
          PartHeading.of("part.comparison"),
          new MatrixTable(),
          new WeightedMotivationsChart(),
          new DomainEmphasisChart(),
          new DriversChart(),
          new Convergence(),
          new ArmsTrade(),
          new CompetingExplanations(),
          new Findings(),
          PartHeading.onNewPage("part.annexes"),
          new ActorsAnnex(),
          new EventsAnnex(),
          new CoverageAnnex(),
          new SourcesAnnex(),
          new TradecraftAnnex(),
          new FigureData(),
          new ListOfFigures());

  private final ReportOptions options;

  private PdfBrief(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /** A renderer with the given options. */
  public static PdfBrief with(ReportOptions options) {
    return new PdfBrief(options);
  }

  /** A renderer with {@link ReportOptions#defaults()}. */
  public static PdfBrief withDefaults() {
    return new PdfBrief(ReportOptions.defaults());
  }

  /**
   * What a rendering produced.
   *
   * @param pages the number of pages
   * @param warnings what the reader should know about the output, such as text that could not
   *     be shown for want of a font; empty when all is well
   */
  public record Result(int pages, ImmutableList<String> warnings) {
    /** Copies the warnings. */
    public Result {
      warnings = ImmutableList.copyOf(warnings);
    }
  }

  /**
   * Analyses {@code aCase} and renders its brief to {@code out}, which is left open.
   *
   * @throws IOException if writing fails or a font cannot be read
   */
  public Result render(Case aCase, OutputStream out) throws IOException {
    return render(Analyzer.analyze(aCase), out);
  }

  /**
   * Renders the brief of {@code analysis} to {@code out}, which is left open. The brief is
   * written as it is laid out, not held whole in memory, so on failure {@code out} may have
   * received part of it; {@link #write(CaseAnalysis, Path)} replaces a file all or nothing.
   *
   * @throws IOException if writing fails or a font cannot be read
   * @throws IllegalArgumentException if the font option or {@code BRIEFKIT_FONT} names a file
   *     that does not exist
   */
  public Result render(CaseAnalysis analysis, OutputStream out) throws IOException {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Case c = analysis.theCase();
    Instant when = timestamp(c);
    byte[] digest = digest(c, when);
    long seed = java.nio.ByteBuffer.wrap(digest).getLong();
    BriefFonts fonts = BriefFonts.load(options.fonts(), seed);
    Styles styles = new Styles(fonts, options.theme());
    XrefDigits buffer = XrefDigits.around(out);
    Document doc =
        new Document(
            new Rectangle(options.paper().widthPoints(), options.paper().heightPoints()),
            56, 56, 60, 56);
    String language = options.languageFor(c);
    Messages text = BriefText.load(language);
    PageDecorator pages = new PageDecorator(styles, TitleBlock.marking(c, text), c.title(), text.get("page.of"));
    try {
      TaggedWriter writer = TaggedWriter.of(doc, buffer, options.tagged());
      writer.setCloseStream(false);
      if (options.pdfA()) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
      } else {
        // PDF/UA rests on PDF 1.7; its object streams hold the structure tree's small objects compressed
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setFullCompression();
      }
      writer.setStrictImageSequence(true);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
      writer.setPageEvent(pages);
      doc.addTitle(c.title());
      doc.addSubject(c.subtitle().orElse(String.join(" ", c.questions())));
      String author = String.join(", ", c.authors().isEmpty()
          ? c.organisation().map(List::of).orElse(List.of()) : c.authors());
      if (!author.isEmpty()) {
        doc.addAuthor(author);
      }
      doc.addKeywords(keywords(c));
      doc.addCreator("BriefKit");
      doc.open();
      PdfDate date = pdfDate(when);
      writer.getInfo().put(PdfName.CREATIONDATE, date);
      writer.getInfo().put(PdfName.MODDATE, date);
      writer.getInfo().put(PdfName.FILEID, fileId(digest));
      String documentLanguage = options.language().orElse(c.language());
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(documentLanguage));
      if (options.pdfA()) {
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb);
      }
      BriefContext ctx = new BriefContext(analysis, options, new Layout(doc, writer, styles, pages, language, documentLanguage));
      for (BriefSection section : SECTIONS) {
        section.write(ctx);
      }
      XmpMetadata.write(writer, options.pdfA(), options.tagged());
      doc.close();
      buffer.finish();
      int pageCount = writer.getPageNumber() - 1;
      return new Result(Math.max(pageCount, 1), warnings(fonts));
    } catch (DocumentException e) {
      throw new IOException("cannot render the brief of case " + c.id().value() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // OpenPDF wraps the output stream's I/O errors in an ExceptionConverter, without a cause.
      if (e instanceof ExceptionConverter && ((ExceptionConverter) e).getException() instanceof IOException) {
        throw (IOException) ((ExceptionConverter) e).getException();
      }
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
  }

  /**
   * Renders the brief of {@code analysis} into {@code file} atomically: the file is replaced
   * only once the whole document is written, and nothing is left behind on failure.
   *
   * @throws IOException if writing fails
   */
  public Result write(CaseAnalysis analysis, Path file) throws IOException {
    Result[] result = new Result[1];
    AtomicFiles.write(file, out -> result[0] = render(analysis, out));
    return result[0];
  }

  /** Analyses {@code aCase} and writes its brief atomically, as {@link #write(CaseAnalysis, Path)}. */
  public Result write(Case aCase, Path file) throws IOException {
    return write(Analyzer.analyze(aCase), file);
  }

  private Instant timestamp(Case c) {
    return options.timestampFor(c);
  }

  private static PdfDate pdfDate(Instant when) {
    GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    cal.setTimeInMillis(when.toEpochMilli());
    return new PdfDate(cal);
  }

  /**
   * A digest of what makes this document: the case, the options and the timestamp. The case
   * goes in part by part: the text of a whole large case at once would take hundreds of
   * megabytes (100,000 motivations overflow a 512 MB heap).
   */
  private byte[] digest(Case c, Instant when) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      Object[] head = {
        c.id(), c.title(), c.subtitle(), c.questions(), c.authors(), c.organisation(), c.asOf(),
        c.marking(), c.language(), c.scale().id(), c.summary(), c.focus()
      };
      for (Object part : head) {
        md.update((part + "|").getBytes(StandardCharsets.UTF_8));
      }
      for (List<?> parts :
          List.of(c.sources(), c.stakeholders(), c.domains(), c.actors(), c.motivations(),
              c.events(), c.transfers(), c.judgments(), c.assumptions(), c.indicators(),
              c.waivers())) {
        md.update((parts.size() + "[").getBytes(StandardCharsets.UTF_8));
        for (Object part : parts) {
          md.update((part + "|").getBytes(StandardCharsets.UTF_8));
        }
      }
      // Only a case with matrices adds them, so that the briefs of cases without keep their bytes.
      for (Object part : c.ach()) {
        md.update((part + "|").getBytes(StandardCharsets.UTF_8));
      }
      String key = when + "|" + options.paper() + "|" + options.pdfA()
          + "|" + options.locale().toLanguageTag() + "|" + options.theme() + (options.tagged() ? "" : "|untagged")
          + options.language().map(l -> "|" + l).orElse("");
      md.update(key.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(md.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static PdfObject fileId(byte[] digest) {
    return PdfEncryption.createInfoId(digest, digest);
  }

  private static String keywords(Case c) {
    Set<String> k = new LinkedHashSet<>();
    for (Stakeholder s : c.stakeholders()) {
      k.add(s.shortName());
    }
    for (Domain d : c.domains()) {
      if (c.motivations().stream().anyMatch(m -> m.domain().equals(d.id()))) {
        k.add(d.label());
      }
    }
    return String.join(", ", k);
  }

  private static ImmutableList<String> warnings(BriefFonts fonts) {
    ImmutableList<String> unshown = fonts.unshown();
    if (unshown.isEmpty()) {
      return ImmutableList.of();
    }
    List<String> named = unshown.size() > 12 ? unshown.subList(0, 12) : unshown;
    String more = unshown.size() > 12 ? " and " + (unshown.size() - 12) + " more" : "";
    return ImmutableList.of(
        (fonts.hangul() ? "Some text is not in a script the fonts cover" : "No TrueType font covering Hangul was found")
            + ", so the brief, set in "
            + fonts.description()
            + ", leaves out the characters they lack in: "
            + String.join(", ", named.stream().map(t -> "\"" + t + "\"").toList())
            + more
            + ". Set the BRIEFKIT_FONT environment variable (or the font option) to a TrueType "
            + "font that covers them" + (fonts.hangul() ? "." : ", such as NanumGothic.ttf."));
  }
}
