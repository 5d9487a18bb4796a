package org.briefkit.analysis.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.briefkit.analysis.Analyzer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.CaseMaterials;
import org.briefkit.model.Case;
import org.briefkit.model.Locator;
import org.briefkit.model.SourceId;
import org.briefkit.model.TextCopy;
import org.briefkit.model.io.CaseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flagship's citations checked against the article they cite. The article is not in the
 * repository (the flagship restates it in its own words): its text is kept beside the clone, at
 * {@code shared/seed/korea-nato-madrid-2022.txt} in a folder above the repository ({@code
 * ../shared/seed/} in CI), or where {@code -Dbriefkit.seed=FILE} says. Without it the test fails
 * rather than skips, since CI has it. Nothing of the article is printed or kept.
 */
class KoreaNatoProvenanceTest {
  private static final String SAMPLE = "samples/madrid-2022/korea-nato.yaml";
  private static final String SEED = "shared/seed/korea-nato-madrid-2022.txt";
  private static final SourceId ARTICLE = SourceId.of("article");

  /** The longest run of the article's words the flagship may repeat: a short quote, not a sentence. */
  private static final int LONGEST_RUN = 16;

  private static Case flagship;
  private static String flagshipFile;
  private static String article;
  private static SourceTexts texts;

  @BeforeAll
  static void read() throws IOException {
    Path root = repositoryRoot();
    flagship = CaseFiles.read(root.resolve(SAMPLE));
    flagshipFile = Files.readString(root.resolve(SAMPLE), StandardCharsets.UTF_8);
    article = Files.readString(seed(root), StandardCharsets.UTF_8);
    // Counted as the flagship's header comment counts: body paragraphs from 1, headings left out.
    TextCopy copy = new TextCopy("korea-nato-madrid-2022.txt", Optional.empty(), TextCopy.Paragraphs.BLANK_LINES, TextCopy.Headings.SKIPPED);
    texts = SourceTexts.builder().put(ARTICLE, copy, article).build();
  }

  static Path repositoryRoot() {
    String configured = System.getProperty("briefkit.repo");
    Path dir = Paths.get(configured != null ? configured : "").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(SAMPLE))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root with the flagship sample").isNotNull();
    return dir;
  }

  /** The article's text: -Dbriefkit.seed, else shared/seed/ in the nearest folder above the repository. */
  static Path seed(Path root) {
    String configured = System.getProperty("briefkit.seed");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(SEED))) {
        return dir.resolve(SEED);
      }
    }
    return fail(
        "the flagship's article is not in " + SEED + " of any folder above the repository (" + root
            + "): clone the repository beside shared/ (as CI does), or give the file with -Dbriefkit.seed=FILE");
  }

  private static List<CitationCheck> articleCitations(ProvenanceReport r) {
    return r.citations().stream().filter(c -> c.citation().source().equals(ARTICLE)).toList();
  }

  /** A failing check for a message: where it is and what became of it, without the article's words. */
  private static String summary(CitationCheck c) {
    return c.pointer() + " " + c.status() + " "
        + c.quotes().stream().map(q -> q.quote().text() + ": " + q.outcome() + q.foundIn().map(f -> " in " + f).orElse("")).toList();
  }

  @Test
  void article_hasTheSevenBodyParagraphsTheFlagshipCounts() {
    SourceText t = texts.text(ARTICLE).orElseThrow();

    assertThat(t.paragraphs()).hasSize(7);
    assertThat(t.passage(Locator.paragraph(8)).why()).isEqualTo("the text has 7 paragraphs, not counting its 4 headings");
  }

  @Test
  void everyCitationOfTheArticle_hasItsLocatorFound_andEveryQuoteVerified() {
    ProvenanceReport r = ProvenanceReport.of(flagship, texts);
    List<CitationCheck> cited = articleCitations(r);

    assertThat(cited).hasSizeGreaterThan(50);
    assertThat(cited).allSatisfy(c -> assertThat(c.citation().locator()).as(c.pointer()).isPresent());
    assertThat(cited)
        .filteredOn(c -> c.status() != CitationStatus.LOCATOR_FOUND && c.status() != CitationStatus.QUOTES_VERIFIED)
        .extracting(KoreaNatoProvenanceTest::summary)
        .isEmpty();
    assertThat(r.quoteCount()).isGreaterThan(10);
    assertThat(r.verifiedQuoteCount()).isEqualTo(r.quoteCount());
    assertThat(r.checkedCount()).isEqualTo(r.citationCount());
  }

  @Test
  void analysis_withTheArticle_givesNoProvenanceWarning_norAnyOther() {
    CaseAnalysis a = Analyzer.analyze(flagship, CaseMaterials.builder().texts(texts).build());

    assertThat(a.tradecraft()).isEmpty();
    assertThat(a.provenance().summary())
        .isEqualTo(a.provenance().citationCount() + " of " + a.provenance().citationCount()
            + " citations checked against their source texts; " + a.provenance().quoteCount() + " quotes verified");
  }

  @Test
  void flagship_restatesTheArticle_repeatingNoRunOfItsWordsLongerThanAShortQuote() {
    List<String> words = words(flagshipFile);
    java.util.Set<String> runs = new java.util.HashSet<>();
    for (int i = 0; i + LONGEST_RUN < words.size(); i++) {
      runs.add(String.join(" ", words.subList(i, i + LONGEST_RUN + 1)));
    }
    List<String> source = words(article);
    for (int i = 0; i + LONGEST_RUN < source.size(); i++) {
      // The message names the place, never the article's words.
      assertThat(runs.contains(String.join(" ", source.subList(i, i + LONGEST_RUN + 1))))
          .as("the flagship repeats %d words of the article from its word %d", LONGEST_RUN + 1, i + 1)
          .isFalse();
    }
  }

  private static List<String> words(String text) {
    return java.util.Arrays.stream(Normalized.key(text).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
