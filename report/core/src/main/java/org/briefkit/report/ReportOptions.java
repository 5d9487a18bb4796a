package org.briefkit.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.Messages;

/**
 * How to render a case, shared by the PDF brief and the workbook.
 *
 * @param paper the paper size
 * @param theme the colours
 * @param locale the locale of dates and numbers shown to readers (not of the text, which is
 *     the case's own); independent of the JVM's default locale
 * @param timestamp the creation time written into the documents' metadata; with a fixed
 *     timestamp the output is byte-for-byte reproducible. Empty means the as-of date of the
 *     case at midnight UTC, or 1 January 2000 when the case has none — never the clock, so
 *     that the same case always gives the same bytes
 * @param fonts where the fonts come from
 * @param pdfA whether the PDF is written as PDF/A-1b for archiving
 * @param tagged whether the PDF is tagged for screen readers and other assistive technology
 *     (PDF/UA-1), as it is unless told; untagged, a very large brief renders faster
 * @param language the BCP 47 tag of the language of the generated text (headings, captions,
 *     findings, sheet names...); empty means the case's own {@code language}. BriefKit
 *     generates English and Korean; other languages get English
 */
public record ReportOptions(
    Paper paper, Theme theme, Locale locale, Optional<Instant> timestamp, FontOptions fonts,
    boolean pdfA, boolean tagged, Optional<String> language) {
  private static final Instant NO_DATE = Instant.parse("2000-01-01T00:00:00Z");

  /** Checks that every component is present. */
  public ReportOptions {
    Objects.requireNonNull(paper, "paper must not be null");
    Objects.requireNonNull(theme, "theme must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
    Objects.requireNonNull(fonts, "fonts must not be null");
    Objects.requireNonNull(language, "language must not be null");
  }

  /**
   * The language of the text generated for {@code aCase}: the option when set, else the case's
   * own, as the language BriefKit generates ({@code en} or {@code ko}; see {@link
   * Messages#supported}).
   */
  public String languageFor(Case aCase) {
    return Messages.supported(language.orElse(aCase.language()));
  }

  /**
   * The locale of the dates shown to readers of {@code aCase}: Korean for a Korean text, else
   * {@link #locale()}.
   */
  public Locale localeFor(Case aCase) {
    return languageFor(aCase).equals("en") ? locale : Locale.forLanguageTag(languageFor(aCase));
  }

  /**
   * The creation time written into the outputs for {@code aCase}: the fixed timestamp if one
   * is set, else the case's as-of date at midnight UTC, else 1 January 2000 — never the clock.
   */
  public Instant timestampFor(Case aCase) {
    return timestamp.orElseGet(
        () ->
            aCase.asOf()
                .map(d -> d.earliest().atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(NO_DATE));
  }

  /** A4, the standard theme, English dates, no fixed timestamp, fonts found on the system. */
  public static ReportOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.paper = paper;
    b.theme = theme;
    b.locale = locale;
    b.timestamp = timestamp;
    b.fonts = fonts;
    b.pdfA = pdfA;
    b.tagged = tagged;
    b.language = language;
    return b;
  }

  /**
   * Where the brief's fonts come from.
   *
   * @param font a TrueType font file to use for all text (it should cover Hangul and any other
   *     script the case uses); when empty, the {@code BRIEFKIT_FONT} environment variable and
   *     the usual system locations are searched
   * @param searchSystem whether to search the environment and the system font folders
   */
  public record FontOptions(Optional<Path> font, boolean searchSystem) {
    /** Checks that the font path is present or empty. */
    public FontOptions {
      Objects.requireNonNull(font, "font must not be null");
    }

    /** Search the environment variable and the system font folders. */
    public static FontOptions system() {
      return new FontOptions(Optional.empty(), true);
    }

    /** Use the given TrueType file. */
    public static FontOptions file(Path font) {
      return new FontOptions(Optional.of(font), false);
    }

    /** Use only the fonts bundled with BriefKit (no Hangul). */
    public static FontOptions bundledOnly() {
      return new FontOptions(Optional.empty(), false);
    }
  }

  /** Builds {@link ReportOptions}. */
  public static final class Builder {
    private Paper paper = Paper.A4;
    private Theme theme = Theme.standard();
    private Locale locale = Locale.ENGLISH;
    private Optional<Instant> timestamp = Optional.empty();
    private FontOptions fonts = FontOptions.system();
    private boolean pdfA;
    private boolean tagged = true;
    private Optional<String> language = Optional.empty();

    private Builder() {}

    /** Sets the paper size. */
    public Builder paper(Paper paper) {
      this.paper = paper;
      return this;
    }

    /** Sets the theme. */
    public Builder theme(Theme theme) {
      this.theme = theme;
      return this;
    }

    /** Sets the locale for dates and numbers. */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /** Fixes the creation timestamp written into the outputs. */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = Optional.of(timestamp);
      return this;
    }

    /** Sets where fonts come from. */
    public Builder fonts(FontOptions fonts) {
      this.fonts = fonts;
      return this;
    }

    /** Turns PDF/A-1b output on or off. */
    public Builder pdfA(boolean pdfA) {
      this.pdfA = pdfA;
      return this;
    }

    /** Sets whether the PDF is tagged (PDF/UA-1); it is unless told. */
    public Builder tagged(boolean tagged) {
      this.tagged = tagged;
      return this;
    }

    /**
     * Sets the language of the generated text, a BCP 47 tag ({@code ko}, {@code en}),
     * overriding the case's own.
     *
     * @throws IllegalArgumentException if {@code language} is not a BCP 47 tag
     */
    public Builder language(String language) {
      if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        throw new IllegalArgumentException(
            "language (\"" + language + "\") must be a BCP 47 language tag such as en or ko");
      }
      this.language = Optional.of(language);
      return this;
    }

    /** Builds the options. */
    public ReportOptions build() {
      return new ReportOptions(paper, theme, locale, timestamp, fonts, pdfA, tagged, language);
    }
  }
}
