package org.briefkit.model.format;

import static org.briefkit.model.format.Field.defaulted;
import static org.briefkit.model.format.Field.list;
import static org.briefkit.model.format.Field.optional;
import static org.briefkit.model.format.Field.required;

import org.briefkit.model.AchMatrix;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Assumption;
import org.briefkit.model.Case;
import org.briefkit.model.CaseId;
import org.briefkit.model.Dataset;
import org.briefkit.model.Domain;
import org.briefkit.model.EstimativeScale;
import org.briefkit.model.Event;
import org.briefkit.model.Indicator;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.Waiver;

/** The fields of a {@link Case}: its own values, then its lists of elements. */
final class CaseFields {
  private CaseFields() {}

  static Entity<Case, Case.Builder> entity(
      Entity<Source, Source.Builder> source,
      Entity<Stakeholder, Stakeholder.Builder> stakeholder,
      Entity<Domain, Domain.Builder> domain,
      Entity<Actor, Actor.Builder> actor,
      Entity<Motivation, Motivation.Builder> motivation,
      Entity<Event, Event.Builder> event,
      Entity<ArmsTransfer, ArmsTransfer.Builder> transfer,
      Entity<KeyJudgment, KeyJudgment.Builder> judgment,
      Entity<Assumption, Assumption.Builder> assumption,
      Entity<Indicator, Indicator.Builder> indicator,
      Entity<Waiver, Waiver.Builder> waiver,
      Entity<AchMatrix, AchMatrix.Builder> ach,
      Entity<Dataset, Dataset.Builder> dataset) {
    return Entity.declare("case", Case::builder, Case.Builder::build)
        .field(required("id", "Case id", Types.id(CaseId::of, ""), Case::id, Case.Builder::id,
            "the case id; output files are named after it"))
        .field(required("title", "Title", Types.TEXT, Case::title, Case.Builder::title,
            "the title of the brief"))
        .field(optional("subtitle", "Subtitle", Types.TEXT, Case::subtitle, Case.Builder::subtitle,
            "the subtitle of the brief"))
        .field(list("questions", "Question", Types.TEXTS, Case::questions, Case.Builder::questions,
            "the analytic questions the case answers"))
        .field(list("authors", "Author", Types.TEXTS, Case::authors, Case.Builder::authors,
            "the analysts, in byline order"))
        .field(optional("organisation", "Organisation", Types.TEXT, Case::organisation,
            Case.Builder::organisation, "the publishing organisation"))
        .field(optional("asOf", "As of", Types.DATE, Case::asOf, Case.Builder::asOf,
            "the date the analysis speaks as of"))
        .field(optional("marking", "Marking", Types.TEXT, Case::marking, Case.Builder::marking,
            "the distribution marking shown on every page (\"UNCLASSIFIED // PUBLIC\")"))
        .field(optional("version", "Version", Types.TEXT, Case::version, Case.Builder::version,
            "the label of this version of the analysis (`2`, `July 2022 revision`)"))
        .field(optional("previous", "Previous version", Types.PATH, Case::previous,
            Case.Builder::previous,
            "the previous version's case file or workbook, a path relative to the case file's"
                + " folder; the brief then reports what changed (docs/provenance.md)"))
        .field(defaulted("language", "Language", Types.LANGUAGE, "en", "`en`", Case::language,
            Case.Builder::language, "the BCP 47 language tag of the text, and of what BriefKit writes: `ko` gives a Korean brief and workbook (see [Languages](#languages))"))
        .field(defaulted("scale", "Estimative scale", Types.SCALE, EstimativeScale.standard(),
            "`icd-203`", Case::scale, Case.Builder::scale,
            "the estimative scale of the judgments' likelihoods and wording (docs/tradecraft.md)"))
        .field(defaulted("summary", "Summary", Types.PROSE, "", null, Case::summary,
            Case.Builder::summary, "the context, in a paragraph or a few"))
        .field(optional("focus", "Focus actor", Types.id(ActorId::of, "actor"), Case::focus,
            Case.Builder::focus, "the actor from whose side arms flows are imports or exports"))
        .field(list("sources", "Sources", Types.records(source), Case::sources,
            Case.Builder::sources, "the sources the evidence cites"))
        .field(list("stakeholders", "Stakeholders", Types.records(stakeholder), Case::stakeholders,
            Case.Builder::stakeholders, "the parties whose motivations the case explains"))
        .field(defaulted("domains", "Domains", Types.records(domain), Domain.defaults(),
            "`diplomacy`, `regional-security`, `cyber`, `non-proliferation`,"
                + " `military-cooperation`, `arms-trade`",
            Case::domains, Case.Builder::domains, "the policy domains motivations are classified in"))
        .field(list("actors", "Actors", Types.records(actor), Case::actors, Case.Builder::actors,
            "the persons, states, alliances, organisations and institutions the case names"))
        .field(list("motivations", "Motivations", Types.records(motivation), Case::motivations,
            Case.Builder::motivations, "why each stakeholder acts: the heart of the case"))
        .field(list("events", "Events", Types.records(event), Case::events, Case.Builder::events,
            "the events of the case"))
        .field(list("transfers", "Arms transfers", Types.records(transfer), Case::transfers,
            Case.Builder::transfers, "the arms transfers"))
        .field(list("judgments", "Key judgments", Types.records(judgment), Case::judgments,
            Case.Builder::judgments, "the key judgments"))
        .field(list("assumptions", "Key assumptions", Types.records(assumption), Case::assumptions,
            Case.Builder::assumptions, "the key assumptions the judgments rest on"))
        .field(list("indicators", "Indicators", Types.records(indicator), Case::indicators,
            Case.Builder::indicators, "what would change the assessment"))
        .field(list("waivers", "Waivers", Types.records(waiver), Case::waivers,
            Case.Builder::waivers, "tradecraft rules switched off, each with the reason"))
        .field(list("ach", "Competing hypotheses", Types.records(ach), Case::ach, Case.Builder::ach,
            "analyses of competing hypotheses (ACH), one or more per question"))
        .field(list("datasets", "Datasets", Types.records(dataset), Case::datasets,
            Case.Builder::datasets,
            "the datasets (SIPRI, ACLED) the case imports transfers and events from (docs/data.md)"))
        .done();
  }
}
