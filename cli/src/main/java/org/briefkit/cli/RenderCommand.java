package org.briefkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.briefkit.model.LocatedCase;
import org.briefkit.report.Paper;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.PdfBrief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code briefkit render CASE... -o DIR}: renders cases into PDF briefs and workbooks. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders each case into a PDF brief and an Excel workbook named after the case id"
          + " (DIR/<id>.pdf, DIR/<id>.xlsx).",
      "Every input is checked first: if any has a problem, nothing is written. Tradecraft"
          + " warnings are printed as file:line:column: warning: [rule] message; with --strict they"
          + " too stop anything being written (exit 2). Outputs are replaced whole or not at all.",
      "With --watch it keeps running and renders again whenever an input is saved."
    })
final class RenderCommand implements Callable<Integer> {
  /** The formats the command writes. */
  enum Format {
    PDF,
    XLSX,
    /** The actor network for Gephi: {@code <id>.gexf}. */
    GEXF,
    /** The actor network for Kumu: {@code <id>-kumu.xlsx}. */
    KUMU
  }

  /**
   * Renders a brief to a stream: {@link PdfBrief}, unless a test stands in a renderer that
   * fails the way the PDF library can.
   */
  @FunctionalInterface
  interface Briefs {
    /** The PDF brief. */
    Briefs PDF = (options, analysis, out) -> PdfBrief.with(options).render(analysis, out);

    PdfBrief.Result render(ReportOptions options, CaseAnalysis analysis, OutputStream out) throws IOException;
  }

  @CommandLine.ParentCommand private BriefKitCommand top;

  /** "the PDF brief and the workbook", for the progress line. */
  static String describe(Set<Format> formats) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Format f : formats) {
      names.add(switch (f) {
        case PDF -> "the PDF brief";
        case XLSX -> "the workbook";
        case GEXF -> "the GEXF network";
        case KUMU -> "the Kumu workbook";
      });
    }
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files (YAML, JSON) or BriefKit workbooks (.xlsx).")
  private List<Path> cases;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder, created if needed (default: the current folder).")
  private Path output = Path.of(".");

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "pdf, xlsx, gexf (the actor network for Gephi), kumu (the actor network as a"
          + " workbook Kumu imports), comma-separated (default: pdf,xlsx).")
  private Set<Format> formats = EnumSet.of(Format.PDF, Format.XLSX);

  @Option(names = "--paper", paramLabel = "PAPER", description = "a4 (default) or letter.")
  private Paper paper = Paper.A4;

  @Option(names = "--pdfa", description = "Write the PDF as PDF/A-1b, for archiving.")
  private boolean pdfA;

  @Option(names = "--untagged",
      description = "Leave the PDF untagged (not for screen readers): faster for briefs of thousands of rows.")
  private boolean untagged;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "The language of what BriefKit writes (headings, captions, findings, sheet names): en or ko (default: the case's own language).")
  private Language language;

  /** The languages BriefKit writes in. */
  enum Language {
    EN,
    KO
  }

  @Option(names = "--font", paramLabel = "FILE", description = "A TrueType font covering every script in the case (e.g. Hangul).")
  private Path font;

  @Option(
      names = "--timestamp",
      paramLabel = "WHEN",
      description = {
        "The creation time written into the outputs: 'source' (default: the case's as-of date,"
            + " so the same case gives the same bytes), 'now', an ISO date (2022-07-01) or"
            + " instant (2022-07-01T09:00:00Z)."
      })
  private String timestamp = "source";

  @Option(names = "--strict", description = "Make tradecraft warnings fail the run (exit 2) before anything is written.")
  private boolean strict;

  @CommandLine.Mixin private FolderOptions folders = new FolderOptions();

  @CommandLine.Mixin private CaseLimits limits = new CaseLimits();

  @Option(
      names = "--watch",
      description = {
        "Keep running: render, then render again each time a case file or a file it names is"
            + " saved, until Ctrl-C (exit code 130). A case with problems prints them and leaves"
            + " the outputs as they were."
      })
  private boolean watch;

  @Override
  public Integer call() throws IOException {
    if (watch) {
      options(); // a bad --font or --timestamp is told before the watch starts
      prepareOutput();
      return new WatchSession(this, top).run(); // options again at each render: --timestamp now
    }
    render(options(), file -> true, new LinkedHashMap<>(), output -> Terminal.println(top.out(), "wrote " + output));
    return CommandLine.ExitCode.OK;
  }

  /** The inputs, as given. */
  List<Path> cases() {
    return cases;
  }

  /**
   * One render: loads and checks every input ({@link #loadAll}), then writes the outputs of
   * those {@code toWrite} accepts, telling {@code written} of each output once it is in place.
   *
   * @param read gets every case that could be read, by its file, even one with other problems
   * @throws InputProblems if any input has a problem (or a warning, under {@code --strict});
   *     nothing is written then
   */
  void render(ReportOptions options, Predicate<Path> toWrite, Map<Path, Case> read, Consumer<CaseOutputs.Written> written)
      throws IOException {
    Map<Path, CaseAnalysis> loaded = loadAll(read);
    prepareOutput();
    Progress progress = new Progress(top.err(), top.interactive());
    CaseOutputs outputs = CaseOutputs.of(options, top.briefs());
    for (Map.Entry<Path, CaseAnalysis> entry : loaded.entrySet()) {
      if (!toWrite.test(entry.getKey())) {
        continue;
      }
      CaseAnalysis analysis = entry.getValue();
      progress.show(analysis.theCase().id().value() + ": writing " + describe(formats));
      try {
        outputs.write(analysis, formats, output, w -> {
          progress.clear();
          for (String warning : w.warnings()) {
            Terminal.println(top.err(), "briefkit: warning: " + warning);
          }
          written.accept(w);
        });
      } finally {
        progress.clear();
      }
    }
  }

  ReportOptions options() {
    ReportOptions.Builder b = ReportOptions.builder().paper(paper).pdfA(pdfA).tagged(!untagged);
    if (language != null) {
      b.language(language.name().toLowerCase(Locale.ROOT));
    }
    if (font != null) {
      checkFont("--font " + font, font);
      b.fonts(ReportOptions.FontOptions.file(font));
    } else {
      String env = System.getenv("BRIEFKIT_FONT");
      if (env != null && !env.isBlank()) {
        checkFont("BRIEFKIT_FONT=" + env, Path.of(env.strip()));
      }
    }
    parseTimestamp(timestamp).ifPresent(b::timestamp);
    return b.build();
  }

  /** Refuses a font the brief could not use, before anything is written. */
  private static void checkFont(String what, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserException(what + ": no such file");
    }
    try {
      java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.toFile());
    } catch (java.awt.FontFormatException | IOException e) {
      throw new UserException(what + ": not a TrueType font file");
    }
  }

  static Optional<Instant> parseTimestamp(String text) {
    if (text.equals("source")) {
      return Optional.empty();
    }
    if (text.equals("now")) {
      return Optional.of(Instant.now());
    }
    try {
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new UserException(
          "--timestamp " + text + ": must be 'source', 'now', a date such as 2022-07-01 or an"
              + " instant such as 2022-07-01T09:00:00Z");
    }
  }

  /**
   * Loads and analyses every input first, with the files each names (its sources' texts, its
   * previous version), so that a problem in any of them writes nothing, and prints the
   * tradecraft warnings of each; under {@code --strict} a warning too writes nothing. Each case
   * read goes into {@code read}, by its file.
   */
  private Map<Path, CaseAnalysis> loadAll(Map<Path, Case> read) {
    limits.reader(); // a bad limit is told before any file is read
    Map<Path, CaseAnalysis> loaded = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> lines = new ArrayList<>(); // problems and warnings, input by input
    int warnings = 0;
    Map<String, Path> ids = new LinkedHashMap<>();
    for (Path file : cases) {
      try {
        LocatedCase located = CaseInputs.load(file, limits, folders);
        read.put(file, located.value());
        CaseMaterials materials = Materials.load(file, located, folders, limits);
        CaseAnalysis analysis = Analyzer.analyze(located.value(), materials);
        List<String> found = Warnings.of(located, analysis);
        lines.addAll(found);
        warnings += found.size();
        Case c = located.value();
        Path other = ids.putIfAbsent(c.id().value(), file);
        if (other != null) {
          String problem =
              file + ": has the same case id \"" + c.id() + "\" as " + other
                  + ", so their outputs would overwrite each other";
          problems.add(problem);
          lines.add(problem);
        } else {
          loaded.put(file, analysis);
        }
      } catch (InputProblems e) {
        problems.addAll(e.lines());
        lines.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputProblems(lines);
    }
    if (strict && warnings > 0) {
      lines.add("briefkit: " + Warnings.count(warnings) + " and --strict: nothing written");
      throw new InputProblems(lines);
    }
    lines.forEach(line -> Terminal.println(top.err(), line));
    return loaded;
  }

  private void prepareOutput() {
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UserException("output folder " + output + " is a file, not a folder");
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UserException("cannot create output folder " + output + ": " + OutputFiles.reason(e), e);
    }
    if (!Files.isWritable(output)) {
      throw new UserException("cannot write to output folder " + output + ": permission denied");
    }
  }
}
