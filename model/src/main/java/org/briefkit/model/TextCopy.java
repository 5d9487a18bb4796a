package org.briefkit.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The local copy of a source's text, which the citations of the source are checked against,
 * and how its paragraphs are counted.
 *
 * <p>The file is named by a path relative to the case file's folder, written with forward
 * slashes ({@code texts/report.md}); where it may lead, and what it may hold, is checked when
 * the text is read, not here.
 *
 * @param file the path of the text, relative to the case file's folder
 * @param format plain text, Markdown or HTML; when not given, told by the file's extension
 * @param paragraphs what separates paragraphs in plain text
 * @param headings whether headings are counted as paragraphs
 */
public record TextCopy(
    String file, Optional<Format> format, Paragraphs paragraphs, Headings headings) {

  /** How a text is written. */
  public enum Format implements Keyed {
    /** Plain text; a form feed starts a new page (as {@code pdftotext} writes). */
    TEXT,
    /** Markdown: {@code #} headings, blank-line paragraphs, list items. */
    MARKDOWN,
    /** HTML: {@code h1}–{@code h6} headings, {@code p}, {@code li} and similar blocks. */
    HTML;

    /** The format a file's extension tells: {@code .md} Markdown, {@code .html} HTML, else text. */
    public static Format of(String file) {
      String name = file.toLowerCase(Locale.ROOT);
      if (name.endsWith(".md") || name.endsWith(".markdown")) {
        return MARKDOWN;
      }
      if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
        return HTML;
      }
      return TEXT;
    }
  }

  /** What separates the paragraphs of a plain text. */
  public enum Paragraphs implements Keyed {
    /** One or more blank lines. */
    BLANK_LINES,
    /** Every line that is not blank is a paragraph. */
    LINES
  }

  /** Whether headings count as paragraphs. */
  public enum Headings implements Keyed {
    /** Headings are left out of the count: paragraph 1 is the first paragraph of body text. */
    SKIPPED,
    /** Headings are counted as paragraphs. */
    COUNTED
  }

  /** Checks the components: the path must be relative, with forward slashes. */
  public TextCopy {
    requirePath("textFile", file);
    Objects.requireNonNull(format, "format must not be null (use Optional.empty())");
    Objects.requireNonNull(paragraphs, "paragraphs must not be null");
    Objects.requireNonNull(headings, "headings must not be null");
  }

  /** A text at {@code file}, its format told by the extension, paragraphs counted by default. */
  public static TextCopy of(String file) {
    return new TextCopy(file, Optional.empty(), Paragraphs.BLANK_LINES, Headings.SKIPPED);
  }

  /** The format given, or the one the file's extension tells. */
  public Format effectiveFormat() {
    return format.orElseGet(() -> Format.of(file));
  }

  /**
   * Returns {@code path} if it is a relative path written with forward slashes: not blank, not
   * absolute ({@code /x}, {@code C:/x}, {@code \\server}), no backslash, no control character.
   *
   * @param what the field's name, for the message
   * @throws IllegalArgumentException naming the value and the rule
   */
  public static String requirePath(String what, String path) {
    Texts.required(what, path);
    String quoted = Texts.quote(path);
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.startsWith("~")) {
      throw new IllegalArgumentException(
          what + " (" + quoted + ") must be a path relative to the case file's folder, such as"
              + " texts/report.md; absolute paths are refused");
    }
    if (path.indexOf('\\') >= 0) {
      throw new IllegalArgumentException(
          what + " (" + quoted + ") must be written with forward slashes, such as texts/report.md");
    }
    for (int i = 0; i < path.length(); i++) {
      if (Character.isISOControl(path.charAt(i))) {
        throw new IllegalArgumentException(
            what + " (" + quoted + ") must not hold control characters");
      }
    }
    return path;
  }
}
