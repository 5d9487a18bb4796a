package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Event;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;

/** Evidence coverage and weak spots. */
final class CoverageAnalysis {
  private CoverageAnalysis() {}

  static EvidenceCoverage coverage(Case aCase, Index index) {
    int sourceCount = aCase.citableSources().size();
    int[] citations = new int[sourceCount];
    int[] citingMotivations = new int[sourceCount];
    ImmutableList.Builder<MotivationCoverage> motivations = ImmutableList.builder();
    ImmutableList.Builder<WeakSpot> motivationSpots = ImmutableList.builder();
    BitSet seen = new BitSet(sourceCount);
    Map<Long, ImmutableMap<EvidenceKind, Integer>> cache = new HashMap<>();
    EvidenceKind[] kinds = EvidenceKind.values();
    for (Motivation m : aCase.motivations()) {
      seen.clear();
      int[] byKind = new int[kinds.length];
      for (Evidence e : m.evidence()) {
        int s = index.source(e.source());
        citations[s]++;
        if (!seen.get(s)) {
          seen.set(s);
          citingMotivations[s]++;
        }
        byKind[e.kind().ordinal()]++;
      }
      int items = m.evidence().size();
      motivations.add(new MotivationCoverage(m, items, seen.cardinality(), kindCounts(byKind, cache)));
      if (items == 0) {
        motivationSpots.add(
            new WeakSpot(
                WeakSpot.Kind.NO_EVIDENCE,
                m.id(),
                ImmutableList.of(m.id().value(), m.claim())));
      } else if (items == 1 && m.evidence().get(0).kind() == EvidenceKind.CLAIM) {
        motivationSpots.add(
            new WeakSpot(
                WeakSpot.Kind.SINGLE_CLAIM,
                m.id(),
                ImmutableList.of(m.id().value(), m.claim(), m.evidence().get(0).cite())));
      }
    }
    for (Event e : aCase.events()) {
      for (Evidence ev : e.evidence()) {
        citations[index.source(ev.source())]++;
      }
    }
    for (ArmsTransfer t : aCase.transfers()) {
      for (Evidence ev : t.evidence()) {
        citations[index.source(ev.source())]++;
      }
    }
    ImmutableList.Builder<JudgmentCoverage> judgments = ImmutableList.builder();
    ImmutableList.Builder<WeakSpot> judgmentSpots = ImmutableList.builder();
    for (KeyJudgment j : aCase.judgments()) {
      seen.clear();
      int items = 0;
      ImmutableList.Builder<Motivation> supports = ImmutableList.builder();
      List<MotivationId> ids = j.supportedBy();
      for (MotivationId id : ids) {
        Motivation m = index.motivation(id);
        supports.add(m);
        items += m.evidence().size();
        for (Evidence e : m.evidence()) {
          seen.set(index.source(e.source()));
        }
      }
      judgments.add(new JudgmentCoverage(j, supports.build(), items, seen.cardinality()));
      long distinct = ids.stream().distinct().count();
      if (distinct == 1) {
        judgmentSpots.add(
            new WeakSpot(
                WeakSpot.Kind.SINGLE_MOTIVATION,
                j.id(),
                ImmutableList.of(j.id().value(), ids.get(0).value())));
      }
      if (items == 0) {
        judgmentSpots.add(
            new WeakSpot(
                WeakSpot.Kind.UNSUPPORTED_JUDGMENT,
                j.id(),
                ImmutableList.of(j.id().value())));
      }
    }
    ImmutableList.Builder<SourceUse> sources = ImmutableList.builder();
    for (int s = 0; s < sourceCount; s++) {
      sources.add(new SourceUse(aCase.citableSources().get(s), citations[s], citingMotivations[s]));
    }
    return new EvidenceCoverage(
        motivations.build(),
        judgments.build(),
        ImmutableList.<WeakSpot>builder()
            .addAll(motivationSpots.build())
            .addAll(judgmentSpots.build())
            .build(),
        sources.build());
  }

  /** The counts by kind as a map; equal maps are shared, since most motivations repeat a few. */
  private static ImmutableMap<EvidenceKind, Integer> kindCounts(
      int[] byKind, Map<Long, ImmutableMap<EvidenceKind, Integer>> cache) {
    long key = 0;
    for (int n : byKind) {
      if (n >= 1000) {
        return kindMap(byKind);
      }
      key = key * 1000 + n;
    }
    return cache.computeIfAbsent(key, k -> kindMap(byKind));
  }

  private static ImmutableMap<EvidenceKind, Integer> kindMap(int[] byKind) {
    ImmutableMap.Builder<EvidenceKind, Integer> map = ImmutableMap.builder();
    for (EvidenceKind kind : EvidenceKind.values()) {
      map.put(kind, byKind[kind.ordinal()]);
    }
    return map.buildOrThrow();
  }
}
