package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset the case draws transfers or events from: a file in a dataset's own export layout
 * (SIPRI's trade register, ACLED's events), named relative to the case file's folder, with its
 * edition, the date it was downloaded, the filters that choose its rows and the names its rows
 * give the case's actors. Reading the case reads the file ({@code org.briefkit.data.Datasets}),
 * so that the raw file stays the analyst's record; every row kept becomes a transfer or an event
 * whose evidence cites the dataset by its id, as a source ({@link #source()}), with the row's own
 * id.
 *
 * <p>Filters compare the dataset's values ignoring case; an empty list lets every value through.
 *
 * @param id the id the imported rows' evidence cites, as a source's id; unique among the
 *     sources and datasets of the case
 * @param format the export layout of the file
 * @param file the path of the file, relative to the case file's folder
 * @param edition the dataset's edition or export as its publisher names it ({@code 2026-03})
 * @param accessed when the file was downloaded
 * @param suppliers SIPRI: the suppliers whose transfers are kept, as the dataset names them
 * @param recipients SIPRI: the recipients whose transfers are kept, as the dataset names them
 * @param countries ACLED: the countries whose events are kept
 * @param eventTypes ACLED: the event types kept ({@code Battles}, {@code Protests})
 * @param period the rows kept by date: SIPRI's order or delivery year, ACLED's event date
 * @param actors the names the dataset gives the case's actors, where they differ from the
 *     actors' own names
 */
public record Dataset(
    SourceId id,
    Format format,
    String file,
    String edition,
    LocalDate accessed,
    ImmutableList<String> suppliers,
    ImmutableList<String> recipients,
    ImmutableList<String> countries,
    ImmutableList<String> eventTypes,
    Optional<DateSpan> period,
    ImmutableList<ActorName> actors) {

  /** The export layouts BriefKit reads. */
  public enum Format implements Keyed {
    /** The SIPRI Arms Transfers Database's trade register, exported as CSV. */
    SIPRI(
        "SIPRI Arms Transfers Database, trade register",
        "Stockholm International Peace Research Institute (SIPRI)",
        "https://www.sipri.org/databases/armstransfers"),
    /** ACLED's event data, exported as CSV. */
    ACLED(
        "ACLED event data",
        "Armed Conflict Location & Event Data (ACLED)",
        "https://acleddata.com/data/");

    private final String title;
    private final String publisher;
    private final String url;

    Format(String title, String publisher, String url) {
      this.title = title;
      this.publisher = publisher;
      this.url = url;
    }

    /** The dataset's name: "SIPRI Arms Transfers Database, trade register". */
    public String title() {
      return title;
    }

    /** Who publishes it. */
    public String publisher() {
      return publisher;
    }

    /** Where it is published. */
    public String url() {
      return url;
    }
  }

  /** Checks the components and copies the lists. */
  public Dataset {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(format, "format must not be null");
    TextCopy.requirePath("file", file);
    Texts.required("edition", edition);
    Objects.requireNonNull(accessed, "accessed must not be null");
    suppliers = names("suppliers", suppliers);
    recipients = names("recipients", recipients);
    countries = names("countries", countries);
    eventTypes = names("eventTypes", eventTypes);
    Objects.requireNonNull(period, "period must not be null");
    actors = ImmutableList.copyOf(actors);
  }

  private static ImmutableList<String> names(String what, ImmutableList<String> names) {
    ImmutableList<String> copy = ImmutableList.copyOf(names);
    copy.forEach(n -> Texts.required(what, n));
    return copy;
  }

  /**
   * The source the imported rows cite: the dataset's title with its edition, its publisher and
   * address, and the date the file was downloaded.
   */
  public Source source() {
    return Source.builder(id, format.title() + " (" + edition + ")")
        .publisher(format.publisher())
        .url(format.url())
        .accessed(accessed)
        .build();
  }

  /** A builder for a dataset. */
  public static Builder builder(SourceId id, Format format, String file) {
    return new Builder().id(id).format(format).file(file);
  }

  /** An empty builder; {@link Builder#build()} needs the id, format, file, edition and accessed. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this dataset, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder().id(id).format(format).file(file).edition(edition).accessed(accessed)
            .suppliers(suppliers).recipients(recipients).countries(countries)
            .eventTypes(eventTypes).actors(actors);
    b.period = period;
    return b;
  }

  /** Builds a {@link Dataset}. List setters add to what the builder holds. */
  public static final class Builder {
    private SourceId id;
    private Format format;
    private String file;
    private String edition;
    private LocalDate accessed;
    private final ImmutableList.Builder<String> suppliers = ImmutableList.builder();
    private final ImmutableList.Builder<String> recipients = ImmutableList.builder();
    private final ImmutableList.Builder<String> countries = ImmutableList.builder();
    private final ImmutableList.Builder<String> eventTypes = ImmutableList.builder();
    private Optional<DateSpan> period = Optional.empty();
    private final ImmutableList.Builder<ActorName> actors = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(SourceId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the export layout (required). */
    public Builder format(Format format) {
      this.format = Objects.requireNonNull(format, "format must not be null");
      return this;
    }

    /** Sets the file's path, relative to the case file's folder (required). */
    public Builder file(String file) {
      this.file = file;
      return this;
    }

    /** Sets the edition (required). */
    public Builder edition(String edition) {
      this.edition = edition;
      return this;
    }

    /** Sets when the file was downloaded (required). */
    public Builder accessed(LocalDate accessed) {
      this.accessed = accessed;
      return this;
    }

    /** Adds suppliers to keep. */
    public Builder suppliers(String... names) {
      return suppliers(Arrays.asList(names));
    }

    /** Adds suppliers to keep. */
    public Builder suppliers(Iterable<String> names) {
      suppliers.addAll(names);
      return this;
    }

    /** Adds recipients to keep. */
    public Builder recipients(String... names) {
      return recipients(Arrays.asList(names));
    }

    /** Adds recipients to keep. */
    public Builder recipients(Iterable<String> names) {
      recipients.addAll(names);
      return this;
    }

    /** Adds countries to keep. */
    public Builder countries(String... names) {
      return countries(Arrays.asList(names));
    }

    /** Adds countries to keep. */
    public Builder countries(Iterable<String> names) {
      countries.addAll(names);
      return this;
    }

    /** Adds event types to keep. */
    public Builder eventTypes(String... names) {
      return eventTypes(Arrays.asList(names));
    }

    /** Adds event types to keep. */
    public Builder eventTypes(Iterable<String> names) {
      eventTypes.addAll(names);
      return this;
    }

    /** Sets the period whose rows are kept. */
    public Builder period(DateSpan period) {
      this.period = Optional.of(period);
      return this;
    }

    /** Adds names the dataset gives the case's actors. */
    public Builder actors(ActorName... names) {
      return actors(Arrays.asList(names));
    }

    /** Adds names the dataset gives the case's actors. */
    public Builder actors(Iterable<ActorName> names) {
      actors.addAll(names);
      return this;
    }

    /** Builds the dataset, validating it. */
    public Dataset build() {
      return new Dataset(
          id, format, file, edition, accessed, suppliers.build(), recipients.build(),
          countries.build(), eventTypes.build(), period, actors.build());
    }
  }
}
