package org.briefkit.analysis;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Confidence;
import org.briefkit.model.DateSpan;
import org.briefkit.model.Domain;
import org.briefkit.model.DomainId;
import org.briefkit.model.Event;
import org.briefkit.model.EventId;
import org.briefkit.model.EventKind;
import org.briefkit.model.Evidence;
import org.briefkit.model.EvidenceKind;
import org.briefkit.model.Instrument;
import org.briefkit.model.JudgmentId;
import org.briefkit.model.KeyJudgment;
import org.briefkit.model.Locator;
import org.briefkit.model.Motivation;
import org.briefkit.model.MotivationId;
import org.briefkit.model.PartialDate;
import org.briefkit.model.Salience;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;
import org.briefkit.model.TransferId;
import org.briefkit.model.TransferStatus;

/**
 * A microbenchmark (not a test): analyses a synthetic case of 100,000 motivations, 50
 * stakeholders and 40 domains, plus smaller sizes to show the time grows linearly, and prints
 * the median time and the memory allocated per analysis.
 *
 * <p>Run after {@code mvn -pl analysis -am test-compile}:
 *
 * <pre>java -cp model/target/classes:analysis/target/classes:analysis/target/test-classes:GUAVA_JARS \
 *     org.briefkit.analysis.AnalysisBenchmark</pre>
 */
public final class AnalysisBenchmark {
  private AnalysisBenchmark() {}

  /** Builds a synthetic case with a fixed seed. */
  static Case synthetic(int motivations, int stakeholders, int domains) {
    Random random = new Random(42);
    Case.Builder b = Case.builder("synthetic", "Synthetic case");
    int sourceCount = 20;
    for (int i = 0; i < sourceCount; i++) {
      b.sources(Source.builder(SourceId.of("s" + i), "Source " + i).build());
    }
    for (int i = 0; i < stakeholders; i++) {
      b.stakeholders(
          Stakeholder.builder(StakeholderId.of("st" + i), "Stakeholder " + i)
              .question("Why does stakeholder " + i + " act?")
              .build());
    }
    List<Domain> ds = new ArrayList<>();
    for (int i = 0; i < domains; i++) {
      ds.add(new Domain(DomainId.of("d" + i), "Domain " + i, "", Instrument.values()[i % 4]));
    }
    b.domains(ds);
    int actorCount = 200;
    for (int i = 0; i < actorCount; i++) {
      b.actors(Actor.builder(ActorId.of("a" + i), "Actor " + i, ActorKind.STATE).build());
    }
    b.focus(ActorId.of("a0"));
    Salience[] saliences = Salience.values();
    EvidenceKind[] kinds = EvidenceKind.values();
    List<Motivation> ms = new ArrayList<>(motivations);
    for (int i = 0; i < motivations; i++) {
      Motivation.Builder m =
          Motivation.builder(
                  MotivationId.of("m" + i),
                  StakeholderId.of("st" + random.nextInt(stakeholders)),
                  DomainId.of("d" + random.nextInt(domains)))
              .claim("Claim " + i)
              .salience(saliences[random.nextInt(3)]);
      int drivers = random.nextInt(3);
      for (int k = 0; k < drivers; k++) {
        m.drivers(ActorId.of("a" + random.nextInt(20)));
      }
      int evidence = random.nextInt(3);
      for (int k = 0; k < evidence; k++) {
        m.evidence(
            Evidence.of(
                SourceId.of("s" + random.nextInt(sourceCount)),
                Locator.paragraph(1 + random.nextInt(50)),
                "Evidence",
                kinds[random.nextInt(3)]));
      }
      ms.add(m.build());
    }
    b.motivations(ms);
    int events = Math.max(10, motivations / 100);
    for (int i = 0; i < events; i++) {
      Event.Builder e = Event.builder(EventId.of("e" + i), "Event " + i, EventKind.MEETING);
      if (i % 10 != 0) {
        int year = 1990 + random.nextInt(35);
        PartialDate date =
            switch (random.nextInt(3)) {
              case 0 -> PartialDate.ofYear(year);
              case 1 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
              default -> PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            };
        e.when(DateSpan.of(date));
      }
      e.tags("thread-" + random.nextInt(5));
      int participants = 2 + random.nextInt(5);
      for (int k = 0; k < participants; k++) {
        e.participants(ActorId.of("a" + random.nextInt(actorCount)));
      }
      b.events(e.build());
    }
    TransferStatus[] statuses = TransferStatus.values();
    int transfers = Math.max(10, motivations / 500);
    for (int i = 0; i < transfers; i++) {
      int s = random.nextInt(actorCount);
      int r = (s + 1 + random.nextInt(actorCount - 1)) % actorCount;
      b.transfers(
          ArmsTransfer.builder(TransferId.of("t" + i), ActorId.of("a" + s), ActorId.of("a" + r))
              .items("Items " + i)
              .status(statuses[random.nextInt(statuses.length)])
              .build());
    }
    int judgments = Math.max(5, motivations / 100);
    for (int i = 0; i < judgments; i++) {
      MotivationId[] support = new MotivationId[1 + random.nextInt(3)];
      for (int k = 0; k < support.length; k++) {
        support[k] = MotivationId.of("m" + random.nextInt(motivations));
      }
      b.judgments(KeyJudgment.of(JudgmentId.of("j" + i), "Judgment " + i, Confidence.MODERATE, support));
    }
    return b.build();
  }

  /** Runs the benchmark and prints the results. */
  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    int[] sizes = {25_000, 50_000, 100_000};
    System.out.printf(Locale.ROOT, "%-12s %12s %12s %14s %14s %10s%n",
        "motivations", "median ms", "min ms", "median cpu ms", "allocated MB", "findings");
    for (int size : sizes) {
      Case c = synthetic(size, 50, 40);
      for (int i = 0; i < 15; i++) {
        Analyzer.analyze(c);
      }
      int runs = 21;
      long[] times = new long[runs];
      long[] bytes = new long[runs];
      long[] cpu = new long[runs];
      CaseAnalysis last = null;
      for (int i = 0; i < runs; i++) {
        long before = threads.getThreadAllocatedBytes(thread);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        last = Analyzer.analyze(c);
        times[i] = System.nanoTime() - start;
        cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        bytes[i] = threads.getThreadAllocatedBytes(thread) - before;
      }
      Arrays.sort(times);
      Arrays.sort(bytes);
      Arrays.sort(cpu);
      System.out.printf(Locale.ROOT, "%-12d %12.1f %12.1f %14.1f %14.1f %10d%n",
          size, times[runs / 2] / 1e6, times[0] / 1e6, cpu[runs / 2] / 1e6, bytes[runs / 2] / 1048576.0,
          last.findings().size());
    }
  }
}
