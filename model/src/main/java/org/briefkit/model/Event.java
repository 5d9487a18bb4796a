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
    for (String t : tags) {
      if (!TAG.matcher(t).matches()) {
        throw new IllegalArgumentException(
            "tag (" + Texts.quote(t) + ") must be lower-case words joined by hyphens");
      }
    }
    evidence = ImmutableList.copyOf(evidence);
  }

  /** A builder for an event. */
  public static Builder builder(EventId id, String title, EventKind kind) {
    return new Builder(id, title, kind);
  }

  /** Builds an {@link Event}. */
  public static final class Builder {
    private final EventId id;
    private final String title;
    private final EventKind kind;
    private Optional<DateSpan> when = Optional.empty();
    private final ImmutableList.Builder<ActorId> participants = ImmutableList.builder();
    private Optional<String> location = Optional.empty();
    private String significance = "";
    private final ImmutableSet.Builder<String> tags = ImmutableSet.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();

    private Builder(EventId id, String title, EventKind kind) {
      java.util.Objects.requireNonNull(id, "id must not be null");
      java.util.Objects.requireNonNull(title, "title must not be null");
      java.util.Objects.requireNonNull(kind, "kind must not be null");
      this.id = id;
      this.title = title;
      this.kind = kind;
    }

    /** Sets the date or span. */
    public Builder when(DateSpan when) {
      this.when = Optional.of(when);
      return this;
    }

    /** Sets the date or span from its ISO form ({@code 2022-06-29/2022-06-30}). */
    public Builder when(String iso) {
      return when(DateSpan.parse(iso));
    }

    /** Adds participants. */
    public Builder participants(ActorId... ids) {
      participants.addAll(Arrays.asList(ids));
      return this;
    }

    /** Sets the location. */
    public Builder location(String location) {
      this.location = Optional.of(location);
      return this;
    }

    /** Sets the significance. */
    public Builder significance(String significance) {
      this.significance = significance;
      return this;
    }

    /** Adds tags. */
    public Builder tags(String... tags) {
      this.tags.add(tags);
      return this;
    }

    /** Adds evidence. */
    public Builder evidence(Evidence... items) {
      evidence.addAll(Arrays.asList(items));
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
