package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something that happened, with the precision of date its source gives.
 *
 * @param id the id
 * @param when the date or span, if the source dates it
 * @param title what happened, in a line
 * @param kind summit, meeting, agreement...
 * @param participants the actors taking part
 * @param location where, if known
 * @param significance why it matters to the case (may be empty)
 * @param tags labels that group events into threads, such as {@code partnership} for the
 *     milestones of one programme; lower-case words joined by hyphens
 * @param evidence what supports it
 */
public record Event(
    EventId id,
    Optional<DateSpan> when,
    String title,
    EventKind kind,
    ImmutableList<ActorId> participants,
    Optional<String> location,
    String significance,
    ImmutableSet<String> tags,
    ImmutableList<Evidence> evidence) {
  private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Checks the components and copies the collections. */
  public Event {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(when, "when must not be null");
    Texts.required("event title", title);
    Objects.requireNonNull(kind, "kind must not be null");
    participants = ImmutableList.copyOf(participants);
    Texts.optional("event location", location);
    Texts.nonNull("event significance", significance);
    tags = ImmutableSet.copyOf(tags);
    tags.forEach(Event::requireTag);
    evidence = ImmutableList.copyOf(evidence);
  }

  /**
   * Returns {@code tag} if it is lower-case words (letters and digits) joined by hyphens.
   *
   * @throws IllegalArgumentException naming the value and the rule
   */
  public static String requireTag(String tag) {
    if (!TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          "tag (" + Texts.quote(tag) + ") must be lower-case words joined by hyphens");
    }
    return tag;
  }

  /** A builder for an event. */
  public static Builder builder(EventId id, String title, EventKind kind) {
    return new Builder().id(id).title(title).kind(kind);
  }

  /** An empty builder; {@link Builder#build()} needs the id, the title and the kind. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this event, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .title(title)
            .kind(kind)
            .participants(participants)
            .significance(significance)
            .tags(tags)
            .evidence(evidence);
    b.when = when;
    b.location = location;
    return b;
  }

  /** Builds an {@link Event}. List setters add to what the builder holds. */
  public static final class Builder {
    private EventId id;
    private String title;
    private EventKind kind;
    private Optional<DateSpan> when = Optional.empty();
    private final ImmutableList.Builder<ActorId> participants = ImmutableList.builder();
    private Optional<String> location = Optional.empty();
    private String significance = "";
    private final ImmutableSet.Builder<String> tags = ImmutableSet.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(EventId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets what happened (required). */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title must not be null");
      return this;
    }

    /** Sets the kind (required). */
    public Builder kind(EventKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind must not be null");
      return this;
    }

    /** Sets when it happened. */
    public Builder when(DateSpan when) {
      this.when = Optional.of(when);
      return this;
    }

    /** Sets when it happened, parsed from {@code 2022-06-29/2022-06-30} or a single date. */
    public Builder when(String iso) {
      return when(DateSpan.parse(iso));
    }

    /** Adds participants. */
    public Builder participants(ActorId... ids) {
      return participants(Arrays.asList(ids));
    }

    /** Adds participants. */
    public Builder participants(Iterable<ActorId> ids) {
      participants.addAll(ids);
      return this;
    }

    /** Sets the location. */
    public Builder location(String location) {
      this.location = Optional.of(location);
      return this;
    }

    /** Sets why it matters to the case. */
    public Builder significance(String significance) {
      this.significance = significance;
      return this;
    }

    /** Adds tags. */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /** Adds tags. */
    public Builder tags(Iterable<String> tags) {
      this.tags.addAll(tags);
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      return evidence(Arrays.asList(items));
    }

    /** Adds evidence. */
    public Builder evidence(Iterable<Evidence> items) {
      evidence.addAll(items);
      return this;
    }

    /** Builds the event, validating it. */
    public Event build() {
      return new Event(
          id, when, title, kind, participants.build(), location, significance, tags.build(),
          evidence.build());
    }
  }
}
