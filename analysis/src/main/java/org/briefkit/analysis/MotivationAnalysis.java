package org.briefkit.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.Case;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Motivation;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * Groups, matrix, convergence and driver index, all from one pass over the motivations into
 * arrays indexed by case position.
 */
final class MotivationAnalysis {
  private final Case aCase;
  private final int stakeholderCount;
  private final int domainCount;
  private final int[][] counts;
  private final int[][] weights;
  /** Motivations per stakeholder and domain, in case order. */
  private final List<List<List<Motivation>>> cells;
  /** Per driver actor position: per stakeholder position, the motivations it drives. */
  private final List<List<List<Motivation>>> driven;
  /** Per driver actor position: all the motivations it drives, in case order. */
  private final List<List<Motivation>> drivenAll;
  /** Per driver actor position and stakeholder position: count and weight of driven motivations. */
  private final int[][] drivenCounts;
  private final int[][] drivenWeights;
  /** Per stakeholder position: its motivations, in case order. */
  private final List<List<Motivation>> perStakeholder;

  MotivationAnalysis(Case aCase, Index index) {
    this.aCase = aCase;
    stakeholderCount = aCase.stakeholders().size();
    domainCount = aCase.domains().size();
    counts = new int[stakeholderCount][domainCount];
    weights = new int[stakeholderCount][domainCount];
    cells = new ArrayList<>(stakeholderCount);
    perStakeholder = new ArrayList<>(stakeholderCount);
    for (int s = 0; s < stakeholderCount; s++) {
      perStakeholder.add(new ArrayList<>());
      List<List<Motivation>> row = new ArrayList<>(domainCount);
      for (int d = 0; d < domainCount; d++) {
        row.add(new ArrayList<>());
      }
      cells.add(row);
    }
    int actorCount = aCase.actors().size();
    driven = new ArrayList<>(actorCount);
    drivenAll = new ArrayList<>(actorCount);
    for (int a = 0; a < actorCount; a++) {
      driven.add(null);
      drivenAll.add(null);
    }
    drivenCounts = new int[actorCount][];
    drivenWeights = new int[actorCount][];
    int[] lastSeen = new int[actorCount];
    Arrays.fill(lastSeen, -1);
    List<Motivation> motivations = aCase.motivations();
    for (int i = 0; i < motivations.size(); i++) {
      Motivation m = motivations.get(i);
      int s = index.stakeholder(m.stakeholder());
      int d = index.domain(m.domain());
      counts[s][d]++;
      weights[s][d] += m.weight();
      cells.get(s).get(d).add(m);
      perStakeholder.get(s).add(m);
      for (ActorId driver : m.drivers()) {
        int a = index.actor(driver);
        if (lastSeen[a] == i) {
          continue; // the same driver named twice in one motivation counts once
        }
        lastSeen[a] = i;
        List<List<Motivation>> byStakeholder = driven.get(a);
        if (byStakeholder == null) {
          byStakeholder = new ArrayList<>(stakeholderCount);
          for (int k = 0; k < stakeholderCount; k++) {
            byStakeholder.add(new ArrayList<>());
          }
          driven.set(a, byStakeholder);
          drivenAll.set(a, new ArrayList<>());
          drivenCounts[a] = new int[stakeholderCount];
          drivenWeights[a] = new int[stakeholderCount];
        }
        drivenCounts[a][s]++;
        drivenWeights[a][s] += m.weight();
        byStakeholder.get(s).add(m);
        drivenAll.get(a).add(m);
      }
    }
  }

  private int rowCount(int s) {
    int c = 0;
    for (int d = 0; d < domainCount; d++) {
      c += counts[s][d];
    }
    return c;
  }

  private int rowWeight(int s) {
    int w = 0;
    for (int d = 0; d < domainCount; d++) {
      w += weights[s][d];
    }
    return w;
  }

  MotivationGroups groups() {
    ImmutableList.Builder<StakeholderGroup> groups = ImmutableList.builder();
    ImmutableListMultimap.Builder<StakeholderId, Motivation> all = ImmutableListMultimap.builder();
    for (int s = 0; s < stakeholderCount; s++) {
      Stakeholder stakeholder = aCase.stakeholders().get(s);
      ImmutableList.Builder<DomainGroup> domains = ImmutableList.builder();
      ImmutableListMultimap.Builder<DomainId, Motivation> byDomain = ImmutableListMultimap.builder();
      for (int d = 0; d < domainCount; d++) {
        List<Motivation> ms = cells.get(s).get(d);
        if (!ms.isEmpty()) {
          Domain domain = aCase.domains().get(d);
          domains.add(new DomainGroup(domain, counts[s][d], weights[s][d], ImmutableList.copyOf(ms)));
          byDomain.putAll(domain.id(), ms);
        }
      }
      ImmutableList<Motivation> inCaseOrder = inCaseOrder(s);
      all.putAll(stakeholder.id(), inCaseOrder);
      groups.add(
          new StakeholderGroup(
              stakeholder, rowCount(s), rowWeight(s), inCaseOrder, domains.build(), byDomain.build()));
    }
    return new MotivationGroups(groups.build(), all.build());
  }

  /** A stakeholder's motivations in case order. */
  private ImmutableList<Motivation> inCaseOrder(int s) {
    return ImmutableList.copyOf(perStakeholder.get(s));
  }

  DomainMatrix matrix() {
    ImmutableTable.Builder<StakeholderId, DomainId, MatrixCell> table = ImmutableTable.builder();
    ImmutableMap.Builder<StakeholderId, Tally> rows = ImmutableMap.builder();
    int[] columnCounts = new int[domainCount];
    int[] columnWeights = new int[domainCount];
    Tally total = Tally.ZERO;
    for (int s = 0; s < stakeholderCount; s++) {
      StakeholderId sid = aCase.stakeholders().get(s).id();
      int rowCount = rowCount(s);
      int rowWeight = rowWeight(s);
      for (int d = 0; d < domainCount; d++) {
        double share = rowWeight == 0 ? 0 : (double) weights[s][d] / rowWeight;
        double countShare = rowCount == 0 ? 0 : (double) counts[s][d] / rowCount;
        table.put(
            sid,
            aCase.domains().get(d).id(),
            new MatrixCell(counts[s][d], weights[s][d], share, countShare));
        columnCounts[d] += counts[s][d];
        columnWeights[d] += weights[s][d];
      }
      Tally row = new Tally(rowCount, rowWeight);
      rows.put(sid, row);
      total = total.plus(row);
    }
    ImmutableMap.Builder<DomainId, Tally> columns = ImmutableMap.builder();
    for (int d = 0; d < domainCount; d++) {
      columns.put(aCase.domains().get(d).id(), new Tally(columnCounts[d], columnWeights[d]));
    }
    return new DomainMatrix(
        aCase.stakeholders(), aCase.domains(), table.build(), rows.buildOrThrow(),
        columns.buildOrThrow(), total);
  }

  /** The overlap of two stakeholders' weight shares; see {@link PairConvergence}. */
  double overlap(int a, int b) {
    int wa = rowWeight(a);
    int wb = rowWeight(b);
    if (wa == 0 || wb == 0) {
      return 0;
    }
    // Σ min(x/wa, y/wb) = Σ min(x·wb, y·wa) / (wa·wb), exact in long arithmetic.
    long sum = 0;
    for (int d = 0; d < domainCount; d++) {
      sum += Math.min((long) weights[a][d] * wb, (long) weights[b][d] * wa);
    }
    return Math.min(1.0, (double) sum / ((double) wa * wb));
  }

  Convergence convergence() {
    ImmutableList<Stakeholder> stakeholders = aCase.stakeholders();
    ImmutableList.Builder<PairConvergence> pairs = ImmutableList.builder();
    for (int a = 0; a < stakeholderCount; a++) {
      for (int b = a + 1; b < stakeholderCount; b++) {
        ImmutableList.Builder<Domain> shared = ImmutableList.builder();
        ImmutableList.Builder<Domain> onlyA = ImmutableList.builder();
        ImmutableList.Builder<Domain> onlyB = ImmutableList.builder();
        for (int d = 0; d < domainCount; d++) {
          boolean inA = counts[a][d] > 0;
          boolean inB = counts[b][d] > 0;
          Domain domain = aCase.domains().get(d);
          if (inA && inB) {
            shared.add(domain);
          } else if (inA) {
            onlyA.add(domain);
          } else if (inB) {
            onlyB.add(domain);
          }
        }
        ImmutableList.Builder<Actor> sharedDrivers = ImmutableList.builder();
        ImmutableList.Builder<Actor> onlyADrivers = ImmutableList.builder();
        ImmutableList.Builder<Actor> onlyBDrivers = ImmutableList.builder();
        for (int x = 0; x < driven.size(); x++) {
          List<List<Motivation>> byStakeholder = driven.get(x);
          if (byStakeholder == null) {
            continue;
          }
          boolean inA = !byStakeholder.get(a).isEmpty();
          boolean inB = !byStakeholder.get(b).isEmpty();
          Actor actor = aCase.actors().get(x);
          if (inA && inB) {
            sharedDrivers.add(actor);
          } else if (inA) {
            onlyADrivers.add(actor);
          } else if (inB) {
            onlyBDrivers.add(actor);
          }
        }
        pairs.add(
            new PairConvergence(
                stakeholders.get(a), stakeholders.get(b), shared.build(), onlyA.build(),
                onlyB.build(), sharedDrivers.build(), onlyADrivers.build(), onlyBDrivers.build(),
                overlap(a, b)));
      }
    }
    ImmutableList.Builder<DomainInterest> domains = ImmutableList.builder();
    for (int d = 0; d < domainCount; d++) {
      ImmutableList.Builder<Stakeholder> holders = ImmutableList.builder();
      ImmutableMap.Builder<StakeholderId, Tally> byHolder = ImmutableMap.builder();
      for (int s = 0; s < stakeholderCount; s++) {
        if (counts[s][d] > 0) {
          holders.add(stakeholders.get(s));
          byHolder.put(stakeholders.get(s).id(), new Tally(counts[s][d], weights[s][d]));
        }
      }
      domains.add(
          new DomainInterest(
              aCase.domains().get(d), new Interest(holders.build(), byHolder.buildOrThrow())));
    }
    ImmutableList.Builder<DriverInterest> drivers = ImmutableList.builder();
    for (int x = 0; x < driven.size(); x++) {
      List<List<Motivation>> byStakeholder = driven.get(x);
      if (byStakeholder == null) {
        continue;
      }
      ImmutableList.Builder<Stakeholder> holders = ImmutableList.builder();
      ImmutableMap.Builder<StakeholderId, Tally> byHolder = ImmutableMap.builder();
      for (int s = 0; s < stakeholderCount; s++) {
        List<Motivation> ms = byStakeholder.get(s);
        if (!ms.isEmpty()) {
          holders.add(stakeholders.get(s));
          byHolder.put(stakeholders.get(s).id(), new Tally(ms.size(), drivenWeights[x][s]));
        }
      }
      drivers.add(
          new DriverInterest(
              aCase.actors().get(x), new Interest(holders.build(), byHolder.buildOrThrow())));
    }
    return new Convergence(pairs.build(), domains.build(), drivers.build());
  }

  DriverIndex drivers() {
    ImmutableList<Stakeholder> stakeholders = aCase.stakeholders();
    ImmutableList.Builder<DriverRow> rows = ImmutableList.builder();
    ImmutableTable.Builder<ActorId, StakeholderId, DriverCell> table = ImmutableTable.builder();
    for (int x = 0; x < driven.size(); x++) {
      List<List<Motivation>> byStakeholder = driven.get(x);
      if (byStakeholder == null) {
        continue;
      }
      Actor driver = aCase.actors().get(x);
      ImmutableMap.Builder<StakeholderId, DriverCell> row = ImmutableMap.builder();
      List<Motivation> all = drivenAll.get(x);
      for (int s = 0; s < stakeholderCount; s++) {
        List<Motivation> ms = byStakeholder.get(s);
        DriverCell cell =
            ms.isEmpty()
                ? DriverCell.EMPTY
                : new DriverCell(ms.size(), drivenWeights[x][s], ImmutableList.copyOf(ms));
        row.put(stakeholders.get(s).id(), cell);
        table.put(driver.id(), stakeholders.get(s).id(), cell);
      }
      int weight = 0;
      for (int w : drivenWeights[x]) {
        weight += w;
      }
      rows.add(new DriverRow(driver, all.size(), weight, ImmutableList.copyOf(all), row.buildOrThrow()));
    }
    return new DriverIndex(stakeholders, rows.build(), table.build());
  }
}
