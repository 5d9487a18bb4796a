package org.briefkit.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefkit.analysis.AnalysisText;
import org.briefkit.analysis.Analyzer;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Messages;
import org.briefkit.model.format.Headers;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.text.BriefText;
import org.junit.jupiter.api.Test;

/**
 * The brief in Korean: every word BriefKit generates comes from its Korean bundles (the
 * brief's, the analysis', the format's headers), which have every key the English ones have;
 * the Korean edition of the flagship holds none of the English words; its metadata, language
 * and bookmarks are Korean.
 */
class KoreanBriefTest {
  /** The bundles of generated text, English and Korean, by name. */
  private static final Map<String, List<Messages>> BUNDLES = Map.of(
      "brief", List.of(BriefText.load("en"), BriefText.load("ko")),
      "analysis", List.of(AnalysisText.load("en"), AnalysisText.load("ko")),
      "headers", List.of(Headers.of("en").messages(), Headers.of("ko").messages()));

  @Test
  void bundles_korean_haveEveryEnglishKeyAndNoOther() {
    BUNDLES.forEach((name, pair) -> assertThat(pair.get(1).texts().keySet())
        .as(name + "_ko.properties against " + name + "_en.properties")
        .isEqualTo(pair.get(0).texts().keySet()));
  }

  @Test
  void bundles_korean_areKoreanWhereTheEnglishHasWords() {
    BUNDLES.forEach((name, pair) -> pair.get(0).texts().forEach((key, english) -> {
      String korean = pair.get(1).texts().get(key);
      // A Korean message of punctuation alone (", " for ", then ") renders a connective as Korean writes it.
      if (literals(english).stream().anyMatch(w -> w.matches(".*[a-z]{3,}.*")) && !key.startsWith("scale.")
          && korean.codePoints().anyMatch(Character::isLetter)) {
        assertThat(korean).as(name + ": " + key).matches("(?s).*[\\uAC00-\\uD7A3].*");
      }
    }));
  }

  /**
   * The generated strings by language: no English word of the bundles (a literal part of a
   * message, of four characters or more, that its Korean twin does not share) is in the text of
   * the Korean brief, unless the case wrote it (names) or its scale did (the citation, and the
   * scale's own terms, which the tradecraft annex gives beside BriefKit's Korean rendering).
   */
  @Test
  void koreanBrief_holdsNoEnglishGeneratedText() throws IOException {
    String brief = Rendered.Korean.PDF.text();
    EstimativeScale scale = Rendered.Korean.CASE.scale();
    String caseFile = Files.readString(Rendered.Korean.FILE, StandardCharsets.UTF_8) + "\n" + scale.citation()
        + "\n" + String.join("\n", scale.bands().stream().flatMap(b -> b.terms().stream()).toList());
    List<String> found = new ArrayList<>();
    BUNDLES.forEach((name, pair) -> pair.get(0).texts().forEach((key, english) -> {
      String korean = pair.get(1).texts().get(key);
      for (String literal : literals(english)) {
        if (literal.length() >= 4 && literal.matches(".*[A-Za-z].*") && !korean.contains(literal)
            && !caseFile.contains(literal) && wordIn(literal, brief)) {
          found.add(name + ": " + key + " (\"" + literal + "\")");
        }
      }
    }));
    assertThat(found).isEmpty();
    int pages = Rendered.Korean.PDF.pages().size();
    assertThat(Rendered.Korean.PDF.compact()).contains("핵심판단", "분석결과", "부록A.행위자", pages + "쪽중1쪽",
        "2022년6월30일기준", "부록F.그림데이터", "데이터:부록F.");
  }

  @Test
  void koreanBrief_metadataLanguageAndBookmarks_areKorean() throws IOException {
    try (PDDocument d = Rendered.Korean.PDF.open()) {
      assertThat(d.getDocumentInformation().getTitle()).isEqualTo("마드리드 정상회의의 한국과 NATO");
      assertThat(d.getDocumentInformation().getKeywords()).startsWith("NATO, 한국, 사이버 안보");
      assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("ko");
      List<String> top = Rendered.titles(d.getDocumentCatalog().getDocumentOutline().children());
      assertThat(top).contains("핵심 판단", "핵심 가정", "배경", "비교", "경쟁하는 설명", "분석 결과", "부록", "그림 목록");
      assertThat(top).noneMatch(t -> t.matches(".*[a-z]{4,}.*"));
    }
  }

  @Test
  void koreanFindings_chooseParticlesAfterNames() {
    String brief = Rendered.Korean.PDF.compact();
    assertThat(brief).contains("NATO는영역6개에걸쳐동기6개를가진다", "한국은영역7개에걸쳐동기14개를가진다");
  }

  @Test
  void englishCase_languageOptionKo_generatesKorean() {
    ReportOptions ko = Rendered.Madrid.OPTIONS.toBuilder().language("ko").build();
    Rendered.Output pdf = Rendered.render(Analyzer.analyze(Rendered.Madrid.CASE), ko);

    assertThat(pdf.compact()).contains("핵심판단", "분석결과", "부록E.분석기법", "2022년6월30일기준", "NATO는영역6개에걸쳐")
        .doesNotContain("Keyjudgments", "Findings", "AnnexE.Tradecraft", "Page1of");
  }

  /** The literal parts of a message: its text between arguments. */
  private static List<String> literals(String message) {
    List<String> out = new ArrayList<>();
    for (String part : message.split("\\{[0-9]+(\\|[^}]*)?\\}")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Whether {@code literal} is in {@code text} as words, not inside a longer word. */
  private static boolean wordIn(String literal, String text) {
    String start = Character.isLetterOrDigit(literal.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
    String end = Character.isLetterOrDigit(literal.charAt(literal.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
    return Pattern.compile(start + Pattern.quote(literal) + end).matcher(text).find();
  }
}
