package org.briefkit.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A policy analysis as data: the aggregate root of the model. A case names its question(s),
 * the stakeholders whose motivations it explains, the domains it classifies them in, and
 * the actors, events, arms transfers, sources and key judgments the analysis rests on.
 *
 * <p>A case is immutable and always whole: the constructor checks that every reference
 * resolves, that ids are unique, and that every key judgment is supported, and throws an
 * {@link InvalidCaseException} listing every problem found. Lists keep the order the
 * analyst gave, and every report follows it.
 *
 * @param id the case id, used to name output files
 * @param title the title of the brief
 * @param subtitle the subtitle, if any
 * @param questions the analytic questions the case answers
 * @param authors the analysts, in byline order
 * @param organisation the publishing organisation
 * @param asOf the date the analysis speaks as of
 * @param marking the distribution marking shown on every page ("UNCLASSIFIED // PUBLIC")
 * @param version the label of this version of the analysis ("2", "2022-07 revision")
 * @param previous the previous version's case file or workbook, a path relative to this case's
 *     folder, whose changes the brief reports
 * @param language the BCP 47 language tag of the text ({@code en})
 * @param scale the estimative scale the judgments' likelihoods and statements use
 * @param summary the context, in a paragraph or a few
 * @param focus the actor from whose side arms flows are counted as imports and exports
 * @param sources the sources cited
 * @param stakeholders the stakeholders whose motivations are explained
 * @param domains the domain taxonomy
 * @param actors the actors named
 * @param motivations the motivations, the heart of the analysis
 * @param events the events
 * @param transfers the arms transfers
 * @param judgments the key judgments
 * @param assumptions the key assumptions the judgments rest on
 * @param indicators what would change the assessment
 * @param waivers the tradecraft rules the case switches off, with reasons
 * @param ach the analyses of competing hypotheses, one or more per question
 * @param datasets the datasets the case draws transfers and events from; their ids are cited
 *     as sources
 */
public record Case(
    CaseId id,
    String title,
    Optional<String> subtitle,
    ImmutableList<String> questions,
    ImmutableList<String> authors,
    Optional<String> organisation,
    Optional<PartialDate> asOf,
    Optional<String> marking,
    Optional<String> version,
    Optional<String> previous,
    String language,
    EstimativeScale scale,
    String summary,
    Optional<ActorId> focus,
    ImmutableList<Source> sources,
    ImmutableList<Stakeholder> stakeholders,
    ImmutableList<Domain> domains,
    ImmutableList<Actor> actors,
    ImmutableList<Motivation> motivations,
    ImmutableList<Event> events,
    ImmutableList<ArmsTransfer> transfers,
    ImmutableList<KeyJudgment> judgments,
    ImmutableList<Assumption> assumptions,
    ImmutableList<Indicator> indicators,
    ImmutableList<Waiver> waivers,
    ImmutableList<AchMatrix> ach,
    ImmutableList<Dataset> datasets) {

  /**
   * Copies the lists and checks the case's integrity.
   *
   * @throws InvalidCaseException listing every integrity problem
   */
  public Case {
    Objects.requireNonNull(id, "id must not be null");
    Texts.required("case title", title);
    Texts.optional("subtitle", subtitle);
    questions = ImmutableList.copyOf(questions);
    questions.forEach(q -> Texts.required("question", q));
    authors = ImmutableList.copyOf(authors);
    authors.forEach(a -> Texts.required("author", a));
    Texts.optional("organisation", organisation);
    Objects.requireNonNull(asOf, "asOf must not be null");
    Texts.optional("marking", marking);
    Texts.optional("version", version);
    Objects.requireNonNull(previous, "previous must not be null");
    previous.ifPresent(p -> TextCopy.requirePath("previous", p));
    Texts.required("language", language);
    Objects.requireNonNull(scale, "scale must not be null");
    Texts.nonNull("summary", summary);
    Objects.requireNonNull(focus, "focus must not be null");
    sources = ImmutableList.copyOf(sources);
    stakeholders = ImmutableList.copyOf(stakeholders);
    domains = ImmutableList.copyOf(domains);
    actors = ImmutableList.copyOf(actors);
    motivations = ImmutableList.copyOf(motivations);
    events = ImmutableList.copyOf(events);
    transfers = ImmutableList.copyOf(transfers);
    judgments = ImmutableList.copyOf(judgments);
    assumptions = ImmutableList.copyOf(assumptions);
    indicators = ImmutableList.copyOf(indicators);
    waivers = ImmutableList.copyOf(waivers);
    ach = ImmutableList.copyOf(ach);
    datasets = ImmutableList.copyOf(datasets);
    ImmutableList<Problem> problems =
        CaseIntegrity.check(
            focus, scale, sources, stakeholders, domains, actors, motivations, events, transfers,
            judgments, assumptions, indicators, questions.size(), ach, datasets);
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(problems);
    }
  }

  /** A builder for a case with the given id and title. */
  public static Builder builder(CaseId id, String title) {
    return new Builder().id(id).title(title);
  }

  /** A builder for a case with the given id and title. */
  public static Builder builder(String id, String title) {
    return builder(CaseId.of(id), title);
  }

  /** An empty builder; {@link Builder#build()} needs the id and the title. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this case, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).title(title);
    b.subtitle = subtitle;
    b.questions.addAll(questions);
    b.authors.addAll(authors);
    b.organisation = organisation;
    b.asOf = asOf;
    b.marking = marking;
    b.version = version;
    b.previous = previous;
    b.language = language;
    b.scale = scale;
    b.summary = summary;
    b.focus = focus;
    b.sources.addAll(sources);
    b.stakeholders.addAll(stakeholders);
    // The default taxonomy stays implicit, so that domains(...) on the copy sets the taxonomy
    // rather than adding to the defaults.
    if (!domains.equals(Domain.defaults())) {
      b.domains.addAll(domains);
    }
    b.actors.addAll(actors);
    b.motivations.addAll(motivations);
    b.events.addAll(events);
    b.transfers.addAll(transfers);
    b.judgments.addAll(judgments);
    b.assumptions.addAll(assumptions);
    b.indicators.addAll(indicators);
    b.waivers.addAll(waivers);
    b.ach.addAll(ach);
    b.datasets.addAll(datasets);
    return b;
  }

  /**
   * This case with {@code events} and {@code transfers} in place of its own, checked again: how
   * a dataset's rows are put in.
   *
   * @throws InvalidCaseException listing every integrity problem
   */
  public Case withEventsAndTransfers(Iterable<Event> events, Iterable<ArmsTransfer> transfers) {
    Builder b = toBuilder();
    b.events = ImmutableList.<Event>builder().addAll(events);
    b.transfers = ImmutableList.<ArmsTransfer>builder().addAll(transfers);
    return b.build();
  }


  /** The stakeholder with {@code id}, if the case has one. */
  public Optional<Stakeholder> stakeholder(StakeholderId id) {
    return find(stakeholders, Stakeholder::id, id);
  }

  /** The domain with {@code id}, if the case has one. */
  public Optional<Domain> domain(DomainId id) {
    return find(domains, Domain::id, id);
  }

  /** The actor with {@code id}, if the case has one. */
  public Optional<Actor> actor(ActorId id) {
    return find(actors, Actor::id, id);
  }

  /**
   * The source with {@code id}, if the case has one: one of its sources or, for a dataset's id,
   * the source generated for the dataset ({@link Dataset#source()}).
   */
  public Optional<Source> source(SourceId id) {
    Optional<Source> s = find(sources, Source::id, id);
    return s.isPresent() ? s : find(datasets, Dataset::id, id).map(Dataset::source);
  }

  /** The sources evidence may cite: the case's sources, then those generated for its datasets. */
  public ImmutableList<Source> citableSources() {
    if (datasets.isEmpty()) {
      return sources;
    }
    ImmutableList.Builder<Source> b = ImmutableList.<Source>builder().addAll(sources);
    datasets.forEach(d -> b.add(d.source()));
    return b.build();
  }

  /** The dataset with {@code id}, if the case has one. */
  public Optional<Dataset> dataset(SourceId id) {
    return find(datasets, Dataset::id, id);
  }

  /**
   * The dataset {@code evidence} was imported from: the first of its items citing a dataset
   * names it. Rows a dataset gave the case cite it; nothing else does.
   */
  public Optional<Dataset> importedFrom(List<Evidence> evidence) {
    for (Evidence e : evidence) {
      Optional<Dataset> d = dataset(e.source());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The motivation with {@code id}, if the case has one. */
  public Optional<Motivation> motivation(MotivationId id) {
    return find(motivations, Motivation::id, id);
  }

  private static <T, I> Optional<T> find(ImmutableList<T> items, Function<T, I> key, I id) {
    for (T item : items) {
      if (key.apply(item).equals(id)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /**
   * Builds a {@link Case}. Lists grow with each call; {@link #build()} validates the whole.
   * The language defaults to {@code en}; without domains, {@link Domain#defaults()} are used.
   */
  public static final class Builder {
    private CaseId id;
    private String title;
    private Optional<String> subtitle = Optional.empty();
    private final ImmutableList.Builder<String> questions = ImmutableList.builder();
    private final ImmutableList.Builder<String> authors = ImmutableList.builder();
    private Optional<String> organisation = Optional.empty();
    private Optional<PartialDate> asOf = Optional.empty();
    private Optional<String> marking = Optional.empty();
    private Optional<String> version = Optional.empty();
    private Optional<String> previous = Optional.empty();
    private String language = "en";
    private EstimativeScale scale = EstimativeScale.standard();
    private String summary = "";
    private Optional<ActorId> focus = Optional.empty();
    private final ImmutableList.Builder<Source> sources = ImmutableList.builder();
    private final ImmutableList.Builder<Stakeholder> stakeholders = ImmutableList.builder();
    private final ImmutableList.Builder<Domain> domains = ImmutableList.builder();
    private final ImmutableList.Builder<Actor> actors = ImmutableList.builder();
    private final ImmutableList.Builder<Motivation> motivations = ImmutableList.builder();
    private ImmutableList.Builder<Event> events = ImmutableList.builder();
    private ImmutableList.Builder<ArmsTransfer> transfers = ImmutableList.builder();
    private final ImmutableList.Builder<KeyJudgment> judgments = ImmutableList.builder();
    private final ImmutableList.Builder<Assumption> assumptions = ImmutableList.builder();
    private final ImmutableList.Builder<Indicator> indicators = ImmutableList.builder();
    private final ImmutableList.Builder<Waiver> waivers = ImmutableList.builder();
    private final ImmutableList.Builder<AchMatrix> ach = ImmutableList.builder();
    private final ImmutableList.Builder<Dataset> datasets = ImmutableList.builder();

    private Builder() {}

    /** Sets the id (required). */
    public Builder id(CaseId id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the title (required). */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title must not be null");
      return this;
    }

    /** Sets the subtitle. */
    public Builder subtitle(String subtitle) {
      this.subtitle = Optional.of(subtitle);
      return this;
    }

    /** Adds analytic questions. */
    public Builder questions(String... questions) {
      return questions(Arrays.asList(questions));
    }

    /** Adds analytic questions. */
    public Builder questions(Iterable<String> questions) {
      this.questions.addAll(questions);
      return this;
    }

    /** Adds authors, in byline order. */
    public Builder authors(String... authors) {
      return authors(Arrays.asList(authors));
    }

    /** Adds authors, in byline order. */
    public Builder authors(Iterable<String> authors) {
      this.authors.addAll(authors);
      return this;
    }

    /** Sets the publishing organisation. */
    public Builder organisation(String organisation) {
      this.organisation = Optional.of(organisation);
      return this;
    }

    /** Sets the as-of date. */
    public Builder asOf(PartialDate asOf) {
      this.asOf = Optional.of(asOf);
      return this;
    }

    /** Sets the distribution marking. */
    public Builder marking(String marking) {
      this.marking = Optional.of(marking);
      return this;
    }

    /** Sets the label of this version. */
    public Builder version(String version) {
      this.version = Optional.of(version);
      return this;
    }

    /** Sets the path of the previous version's file, relative to this case's folder. */
    public Builder previous(String previous) {
      this.previous = Optional.of(previous);
      return this;
    }

    /** Sets the language tag. */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** Sets the estimative scale (ICD 203 unless set). */
    public Builder scale(EstimativeScale scale) {
      this.scale = Objects.requireNonNull(scale, "scale must not be null");
      return this;
    }

    /** Sets the summary. */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** Sets the focus actor. */
    public Builder focus(ActorId focus) {
      this.focus = Optional.of(focus);
      return this;
    }

    /** Adds sources. */
    public Builder sources(Source... items) {
      return sources(Arrays.asList(items));
    }

    /** Adds sources. */
    public Builder sources(Iterable<Source> items) {
      this.sources.addAll(items);
      return this;
    }

    /** Adds stakeholders. */
    public Builder stakeholders(Stakeholder... items) {
      return stakeholders(Arrays.asList(items));
    }

    /** Adds stakeholders. */
    public Builder stakeholders(Iterable<Stakeholder> items) {
      this.stakeholders.addAll(items);
      return this;
    }

    /** Adds domains. */
    public Builder domains(Domain... items) {
      return domains(Arrays.asList(items));
    }

    /** Adds domains. */
    public Builder domains(Iterable<Domain> items) {
      domains.addAll(items);
      return this;
    }

    /** Adds actors. */
    public Builder actors(Actor... items) {
      return actors(Arrays.asList(items));
    }

    /** Adds actors. */
    public Builder actors(Iterable<Actor> items) {
      this.actors.addAll(items);
      return this;
    }

    /** Adds motivations. */
    public Builder motivations(Motivation... items) {
      return motivations(Arrays.asList(items));
    }

    /** Adds motivations. */
    public Builder motivations(Iterable<Motivation> items) {
      motivations.addAll(items);
      return this;
    }

    /** Adds events. */
    public Builder events(Event... items) {
      return events(Arrays.asList(items));
    }

    /** Adds events. */
    public Builder events(Iterable<Event> items) {
      this.events.addAll(items);
      return this;
    }

    /** Adds arms transfers. */
    public Builder transfers(ArmsTransfer... items) {
      return transfers(Arrays.asList(items));
    }

    /** Adds arms transfers. */
    public Builder transfers(Iterable<ArmsTransfer> items) {
      this.transfers.addAll(items);
      return this;
    }

    /** Adds key judgments. */
    public Builder judgments(KeyJudgment... items) {
      return judgments(Arrays.asList(items));
    }

    /** Adds key judgments. */
    public Builder judgments(Iterable<KeyJudgment> items) {
      this.judgments.addAll(items);
      return this;
    }

    /** Adds key assumptions. */
    public Builder assumptions(Assumption... items) {
      return assumptions(Arrays.asList(items));
    }

    /** Adds key assumptions. */
    public Builder assumptions(Iterable<Assumption> items) {
      this.assumptions.addAll(items);
      return this;
    }

    /** Adds indicators. */
    public Builder indicators(Indicator... items) {
      return indicators(Arrays.asList(items));
    }

    /** Adds indicators. */
    public Builder indicators(Iterable<Indicator> items) {
      this.indicators.addAll(items);
      return this;
    }

    /** Adds waivers of tradecraft rules. */
    public Builder waivers(Waiver... items) {
      return waivers(Arrays.asList(items));
    }

    /** Adds waivers of tradecraft rules. */
    public Builder waivers(Iterable<Waiver> items) {
      this.waivers.addAll(items);
      return this;
    }

    /** Adds analyses of competing hypotheses. */
    public Builder ach(AchMatrix... items) {
      return ach(Arrays.asList(items));
    }

    /** Adds analyses of competing hypotheses. */
    public Builder ach(Iterable<AchMatrix> items) {
      this.ach.addAll(items);
      return this;
    }

    /** Adds datasets. */
    public Builder datasets(Dataset... items) {
      return datasets(Arrays.asList(items));
    }

    /** Adds datasets. */
    public Builder datasets(Iterable<Dataset> items) {
      this.datasets.addAll(items);
      return this;
    }

    /**
     * Builds the case.
     *
     * @throws InvalidCaseException listing every integrity problem
     */
    public Case build() {
      ImmutableList<Domain> taxonomy = domains.build();
      return new Case(
          id, title, subtitle, questions.build(), authors.build(), organisation, asOf, marking,
          version, previous, language, scale, summary, focus, sources.build(), stakeholders.build(),
          taxonomy.isEmpty() ? Domain.defaults() : taxonomy, actors.build(), motivations.build(),
          events.build(), transfers.build(), judgments.build(), assumptions.build(),
          indicators.build(), waivers.build(), ach.build(), datasets.build());
    }
  }
}
