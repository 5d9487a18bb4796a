package org.briefkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.briefkit.data.Datasets;
import org.briefkit.model.Actor;
import org.briefkit.model.ActorId;
import org.briefkit.model.ActorKind;
import org.briefkit.model.ActorName;
import org.briefkit.model.Case;
import org.briefkit.model.Dataset;
import org.briefkit.model.SourceId;
import org.briefkit.model.io.CaseFolder;

/**
 * Reads a large ACLED export ({@link AcledFile}) filtered to one country into a case, as the
 * command does when a case declares it, and prints the time, the rows kept and the peak heap
 * (live and garbage: {@link HeapWatch}). Run it with a small heap to see the read bounded by what
 * is kept rather than by the file.
 *
 * <pre>java -Xmx64m -XX:+UseSerialGC -cp ... org.briefkit.bench.AcledImport FILE [RUNS]</pre>
 */
public final class AcledImport {
  private AcledImport() {}

  /** Reads {@code args[0]} {@code args[1]} times (default 3), printing a line per run. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Case declared =
        Case.builder("acled-bench", "ACLED import benchmark")
            .actors(Actor.builder(ActorId.of("haedo"), "Republic of Haedo", ActorKind.STATE).build())
            .datasets(
                Dataset.builder(SourceId.of("acled"), Dataset.Format.ACLED, file.getFileName().toString())
                    .edition("synthetic")
                    .accessed(LocalDate.of(2026, 11, 30))
                    .countries(AcledFile.COUNTRY)
                    .actors(ActorName.parse("Military Forces of Haedo (2010-) = haedo"))
                    .build())
            .build();
    CaseFolder folder = CaseFolder.of(file.getParent());
    HeapWatch heap = new HeapWatch();
    System.out.println("file\t" + Files.size(file) + " bytes; max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    for (int i = 0; i < runs; i++) {
      long base = heap.reset();
      long start = System.nanoTime();
      Case read = Datasets.read(declared, folder);
      long ms = (System.nanoTime() - start) / 1_000_000;
      long peak = heap.peak();
      System.out.printf(java.util.Locale.ROOT, "run %d\t%d ms\t%d events kept\tpeak heap %.1f MiB (%.1f MiB before)%n",
          i + 1, ms, read.events().size(), peak / 1048576.0, base / 1048576.0);
    }
  }
}
