package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication the analysis rests on, cited by the evidence.
 *
 * @param id the id evidence cites
 * @param title the title (not blank)
 * @param authors the authors, in byline order (may be empty)
 * @param publisher the publisher or outlet
 * @param date the publication date, to the precision known
 * @param url the address of an online source, an absolute http(s) or file URI
 * @param accessed when an online source was last consulted
 * @param reliability the analyst's grade of the source's reliability (Admiralty system)
 * @param text the local copy of the source's text its citations are checked against
 */
public record Source(
    SourceId id,
    String title,
    ImmutableList<String> authors,
    Optional<String> publisher,
    Optional<PartialDate> date,
    Optional<String> url,
    Optional<LocalDate> accessed,
    Optional<Reliability> reliability,
    Optional<TextCopy> text) {

  /**
   * How reliable a source is, graded A to F as in the Admiralty (NATO) system of source
   * evaluation; F says that reliability cannot be judged, not that the source is bad.
   */
  public enum Reliability implements Keyed {
    /** No doubt of authenticity, trustworthiness or competency; a history of complete reliability. */
    A("completely reliable"),
    /** Minor doubts; a history of mostly valid information. */
    B("usually reliable"),
    /** Doubts; has provided valid information in the past. */
    C("fairly reliable"),
    /** Significant doubts; has provided valid information in the past. */
    D("not usually reliable"),
    /** Lacking in authenticity, trustworthiness and competency; a history of invalid information. */
    E("unreliable"),
    /** No basis to evaluate the reliability of the source. */
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
      this.meaning = meaning;
    }

    /** Grades are written as their letter. */
    @Override
    public String key() {
      return name();
    }

    /** What the grade means, in words: "usually reliable". */
    public String meaning() {
      return meaning;
    }

    /** The grade's letter and meaning: "B (usually reliable)". */
    @Override
    public String label() {
      return name() + " (" + meaning + ")";
    }

    /** Whether the grade leaves evidence from the source too weak to carry a judgment alone (E or F). */
    public boolean isLow() {
      return this == E || this == F;
    }
  }

  /** Checks the components; the URL must be absolute. */
  public Source {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("source title", title);
    authors = ImmutableList.copyOf(authors);
    for (String a : authors) {
      Texts.required("author", a);
    }
    Texts.optional("publisher", publisher);
    Objects.requireNonNull(date, "date must not be null");
    Texts.optional("url", url);
    Objects.requireNonNull(accessed, "accessed must not be null");
    Objects.requireNonNull(reliability, "reliability must not be null");
    Objects.requireNonNull(text, "text must not be null (use Optional.empty())");
    url.ifPresent(Source::requireUrl);
  }

  /**
   * Returns {@code url} if it is an absolute {@code http}, {@code https} or {@code file} URI.
   *
   * @throws IllegalArgumentException naming the value and the rule
   */
  public static String requireUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equals("http") || scheme.equals("https") || scheme.equals("file"))) {
        throw new IllegalArgumentException(
            "url (" + Texts.quote(url) + ") must be an absolute http, https or file URI");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url (" + Texts.quote(url) + ") is not a valid URI", e);
    }
  }

  /** A builder for a source with the given id and title. */
  public static Builder builder(SourceId id, String title) {
    return new Builder().id(id).title(title);
  }

  /** An empty builder; {@link Builder#build()} needs the id and the title. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this source, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).title(title).authors(authors);
    b.publisher = publisher;
    b.date = date;
    b.url = url;
    b.accessed = accessed;
    b.reliability = reliability;
    text.ifPresent(
        t -> {
          b.textFile = t.file();
          b.textFormat = t.format();
          b.paragraphs = Optional.of(t.paragraphs());
          b.headings = Optional.of(t.headings());
        });
    return b;
  }

  /** The full reference for a bibliography: authors, title, publisher, date, URL. */
  public String reference() {
    StringBuilder b = new StringBuilder();
    if (!authors.isEmpty()) {
      b.append(String.join(", ", authors)).append(". ");
    }
    b.append('“').append(title).append('”');
    publisher.ifPresent(p -> b.append(". ").append(p));
    date.ifPresent(d -> b.append(", ").append(d.format()));
    b.append('.');
    url.ifPresent(u -> b.append(' ').append(u));
    accessed.ifPresent(a -> b.append(" (accessed ").append(PartialDate.from(a).format()).append(')'));
    return b.toString();
  }

  /** Builds a {@link Source}; every part but the id and title is optional. */
  public static final class Builder {
    private SourceId id;
    private String title;
    private final ImmutableList.Builder<String> authors = ImmutableList.builder();
    private Optional<String> publisher = Optional.empty();
    private Optional<PartialDate> date = Optional.empty();
    private Optional<String> url = Optional.empty();
    private Optional<LocalDate> accessed = Optional.empty();
    private Optional<Reliability> reliability = Optional.empty();
    private String textFile;
    private Optional<TextCopy.Format> textFormat = Optional.empty();
    private Optional<TextCopy.Paragraphs> paragraphs = Optional.empty();
    private Optional<TextCopy.Headings> headings = Optional.empty();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(SourceId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the title (required). */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title must not be null");
      return this;
    }

    /** Adds authors, in byline order. */
    public Builder authors(String... names) {
      return authors(Arrays.asList(names));
    }

    /** Adds authors, in byline order. */
    public Builder authors(Iterable<String> names) {
      authors.addAll(names);
      return this;
    }

    /** Sets the publisher. */
    public Builder publisher(String publisher) {
      this.publisher = Optional.of(publisher);
      return this;
    }

    /** Sets the publication date. */
    public Builder date(PartialDate date) {
      this.date = Optional.of(date);
      return this;
    }

    /** Sets the URL. */
    public Builder url(String url) {
      this.url = Optional.of(url);
      return this;
    }

    /** Sets the access date. */
    public Builder accessed(LocalDate accessed) {
      this.accessed = Optional.of(accessed);
      return this;
    }

    /** Sets the grade of the source's reliability. */
    public Builder reliability(Reliability reliability) {
      this.reliability = Optional.of(reliability);
      return this;
    }

    /** Sets the local copy of the source's text, replacing the parts set one by one. */
    public Builder text(TextCopy text) {
      this.textFile = text.file();
      this.textFormat = text.format();
      this.paragraphs = Optional.of(text.paragraphs());
      this.headings = Optional.of(text.headings());
      return this;
    }

    /** Sets the path of the local copy of the text, relative to the case file's folder. */
    public Builder textFile(String file) {
      this.textFile = Objects.requireNonNull(file, "file must not be null");
      return this;
    }

    /** Sets the format of the text (otherwise told by the file's extension). */
    public Builder textFormat(TextCopy.Format format) {
      this.textFormat = Optional.of(format);
      return this;
    }

    /** Sets what separates the text's paragraphs (blank lines by default). */
    public Builder paragraphs(TextCopy.Paragraphs paragraphs) {
      this.paragraphs = Optional.of(paragraphs);
      return this;
    }

    /** Sets whether the text's headings count as paragraphs (skipped by default). */
    public Builder headings(TextCopy.Headings headings) {
      this.headings = Optional.of(headings);
      return this;
    }

    /**
     * Builds the source, validating it.
     *
     * @throws IllegalArgumentException if the text's format, paragraphs or headings are set
     *     without its file
     */
    public Source build() {
      Optional<TextCopy> text = Optional.empty();
      if (textFile != null) {
        text =
            Optional.of(
                new TextCopy(
                    textFile, textFormat, paragraphs.orElse(TextCopy.Paragraphs.BLANK_LINES),
                    headings.orElse(TextCopy.Headings.SKIPPED)));
      } else if (textFormat.isPresent()
          || paragraphs.filter(p -> p != TextCopy.Paragraphs.BLANK_LINES).isPresent()
          || headings.filter(h -> h != TextCopy.Headings.SKIPPED).isPresent()) {
        throw new IllegalArgumentException(
            "textFormat, paragraphs and headings describe the source's text: give its textFile"
                + " too, or leave them out");
      }
      return new Source(
          id, title, authors.build(), publisher, date, url, accessed, reliability, text);
    }
  }
}
