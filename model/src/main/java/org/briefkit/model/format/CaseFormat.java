package org.briefkit.model.format;

import com.google.common.collect.ImmutableList;
import org.briefkit.model.AchItem;
import org.briefkit.model.AchMatrix;
import org.briefkit.model.Actor;
import org.briefkit.model.Assumption;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Dataset;
import org.briefkit.model.Domain;
import org.briefkit.model.Event;
import org.briefkit.model.Evidence;
import org.briefkit.model.Hypothesis;
import org.briefkit.model.Indicator;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.Source;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.Waiver;

/**
 * Every kind of element of a case file, with its fields: the one declaration that the case-file
 * reader and writer, the JSON Schema, the format reference ({@code docs/case-file.md}) and the
 * workbook's tables follow.
 */
public final class CaseFormat {
  private CaseFormat() {}

  /** The format version this code reads and writes, the value of a case file's {@code briefkit} key. */
  public static final int VERSION = 1;

  /** The key of the format version, the first of every case file this code writes. */
  public static final String VERSION_KEY = "briefkit";

  /** The format version as a value type. */
  public static final ScalarType<Integer> VERSION_TYPE = Types.version(VERSION);

  /** A piece of evidence. */
  public static final Entity<Evidence, Evidence.Builder> EVIDENCE = EvidenceFields.entity();

  /** A source. */
  public static final Entity<Source, Source.Builder> SOURCE = SourceFields.entity();

  /** A stakeholder. */
  public static final Entity<Stakeholder, Stakeholder.Builder> STAKEHOLDER =
      StakeholderFields.entity();

  /** A domain. */
  public static final Entity<Domain, Domain.Builder> DOMAIN = DomainFields.entity();

  /** An actor. */
  public static final Entity<Actor, Actor.Builder> ACTOR = ActorFields.entity();

  /** A motivation. */
  public static final Entity<Motivation, Motivation.Builder> MOTIVATION =
      MotivationFields.entity(EVIDENCE);

  /** An event. */
  public static final Entity<Event, Event.Builder> EVENT = EventFields.entity(EVIDENCE);

  /** An arms transfer. */
  public static final Entity<ArmsTransfer, ArmsTransfer.Builder> TRANSFER =
      TransferFields.entity(EVIDENCE);

  /** A key judgment. */
  public static final Entity<KeyJudgment, KeyJudgment.Builder> JUDGMENT = JudgmentFields.entity();

  /** A key assumption. */
  public static final Entity<Assumption, Assumption.Builder> ASSUMPTION =
      AssumptionFields.entity(EVIDENCE);

  /** An indicator. */
  public static final Entity<Indicator, Indicator.Builder> INDICATOR = IndicatorFields.entity();

  /** A waiver of a tradecraft rule. */
  public static final Entity<Waiver, Waiver.Builder> WAIVER = WaiverFields.entity();

  /** A hypothesis of an ACH matrix. */
  public static final Entity<Hypothesis, Hypothesis.Builder> HYPOTHESIS = HypothesisFields.entity();

  /** An item of an ACH matrix. */
  public static final Entity<AchItem, AchItem.Builder> ACH_ITEM = AchItemFields.entity();

  /** An analysis of competing hypotheses. */
  public static final Entity<AchMatrix, AchMatrix.Builder> ACH = AchFields.entity(HYPOTHESIS, ACH_ITEM);

  /** A dataset the case imports transfers or events from. */
  public static final Entity<Dataset, Dataset.Builder> DATASET = DatasetFields.entity();

  /** The case: its own values, then its lists of elements. */
  public static final Entity<Case, Case.Builder> CASE =
      CaseFields.entity(
          SOURCE, STAKEHOLDER, DOMAIN, ACTOR, MOTIVATION, EVENT, TRANSFER, JUDGMENT, ASSUMPTION,
          INDICATOR, WAIVER, ACH, DATASET);

  /** Every entity, the case first, in the order of the format reference. */
  public static final ImmutableList<Entity<?, ?>> ALL =
      ImmutableList.of(
          CASE, SOURCE, STAKEHOLDER, DOMAIN, ACTOR, MOTIVATION, EVIDENCE, EVENT, TRANSFER, JUDGMENT,
          ASSUMPTION, INDICATOR, WAIVER, ACH, HYPOTHESIS, ACH_ITEM, DATASET);
}
