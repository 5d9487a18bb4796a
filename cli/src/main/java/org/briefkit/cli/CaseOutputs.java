package org.briefkit.cli;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.report.ReportOptions;
import org.briefkit.report.pdf.PdfBrief;
import org.briefkit.report.xlsx.ExcelWorkbook;
import org.briefkit.report.xlsx.KumuWorkbook;
import org.briefkit.data.GexfWriter;

/**
 * Writes the outputs of one case, its PDF brief, its workbook and the network files it is asked
 * for, each whole ({@link OutputFiles}). They are independent, so with more than one processor
 * the brief is written at the same time as the others, which take turns on a thread of their
 * own: the flagship's brief and workbook take little more than the slower of the two. Either way, each is written even if the other fails, and what is
 * reported does not depend on which finishes first: the outputs written, the brief first, then
 * a failure, once both have finished (so that nothing is still being written when the command
 * exits); when both fail, the brief's failure, with the workbook's added to it as suppressed.
 * A case of more than {@value #AT_ONCE_MAX_MOTIVATIONS} motivations has its outputs written in
 * turn: each then has the heap to itself (at 10⁵ motivations the brief peaks at some 430 MB and
 * the workbook at 300 MB, the case included).
 */
final class CaseOutputs {
  /**
   * An output written.
   *
   * @param file the file
   * @param pages for a brief, its pages
   * @param warnings what the reader of a brief should know, such as text left out for want of
   *     a font
   */
  record Written(Path file, OptionalInt pages, ImmutableList<String> warnings) {
    @Override
    public String toString() {
      return file + (pages.isPresent() ? " (" + pages.getAsInt() + " pages)" : "");
    }
  }

  /** The largest case whose outputs are written at once. */
  static final int AT_ONCE_MAX_MOTIVATIONS = 20_000;

  private final ReportOptions options;
  private final RenderCommand.Briefs briefs;
  private final boolean concurrent;

  /**
   * Writes with {@code options}, briefs by {@code briefs}; the two outputs at once when
   * {@code concurrent}.
   */
  CaseOutputs(ReportOptions options, RenderCommand.Briefs briefs, boolean concurrent) {
    this.options = options;
    this.briefs = briefs;
    this.concurrent = concurrent;
  }

  /** At once on a machine with more than one processor. */
  static CaseOutputs of(ReportOptions options, RenderCommand.Briefs briefs) {
    return new CaseOutputs(options, briefs, Runtime.getRuntime().availableProcessors() > 1);
  }

  /** Output of no pages or warnings: {@code content} written whole into {@code target}. */
  private interface FileContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Task file(Path target, FileContent content) {
    return new Task(() -> {
      OutputFiles.write(target, out -> {
        content.writeTo(out);
        return null;
      });
      return new Written(target, OptionalInt.empty(), ImmutableList.of());
    });
  }

  /**
   * Writes the {@code formats} of {@code analysis} into {@code folder}, named after the case id,
   * and tells {@code written} of each output written, the brief first, before any failure is
   * thrown.
   *
   * @throws UserException if the file system refused a file (it is then unchanged)
   * @throws IOException if producing an output failed for another reason
   */
  void write(CaseAnalysis analysis, Set<RenderCommand.Format> formats, Path folder, Consumer<Written> written)
      throws IOException {
    String id = analysis.theCase().id().value();
    List<Task> tasks = new ArrayList<>(4); // the brief first: the order they are told in
    if (formats.contains(RenderCommand.Format.PDF)) {
      tasks.add(new Task(() -> {
        Path target = folder.resolve(id + ".pdf");
        PdfBrief.Result r = OutputFiles.write(target, out -> briefs.render(options, analysis, out));
        return new Written(target, OptionalInt.of(r.pages()), r.warnings());
      }));
    }
    if (formats.contains(RenderCommand.Format.XLSX)) {
      tasks.add(file(folder.resolve(id + ".xlsx"), out -> ExcelWorkbook.of(options).write(analysis, out)));
    }
    if (formats.contains(RenderCommand.Format.GEXF)) {
      tasks.add(file(folder.resolve(id + ".gexf"), out -> GexfWriter.write(analysis.theCase(), out)));
    }
    if (formats.contains(RenderCommand.Format.KUMU)) {
      tasks.add(file(folder.resolve(id + "-kumu.xlsx"), out -> KumuWorkbook.write(analysis.theCase(), out)));
    }
    if (tasks.size() >= 2 && concurrent && analysis.theCase().motivations().size() <= AT_ONCE_MAX_MOTIVATIONS) {
      // The brief in this thread, the others in turn in one other: the two large ones at once.
      List<Task> others = tasks.subList(1, tasks.size());
      Thread other = new Thread(() -> others.forEach(Task::run), "briefkit-outputs-" + id);
      other.start();
      tasks.get(0).run();
      joinPassingOnInterrupts(other);
    } else {
      tasks.forEach(Task::run);
    }
    Throwable failure = null;
    for (Task t : tasks) {
      if (t.failure == null) {
        written.accept(t.written);
      } else if (failure == null) {
        failure = t.failure;
      } else {
        failure.addSuppressed(t.failure);
      }
    }
    if (failure != null) {
      Throwables.throwIfInstanceOf(failure, IOException.class);
      Throwables.throwIfUnchecked(failure);
      throw new AssertionError("a task fails only with an IOException, a RuntimeException or an Error", failure);
    }
  }

  /**
   * Waits for {@code t} to end. An interrupt of the caller (Ctrl-C in {@code --watch}) is passed
   * on to {@code t}, whose write then stops as the caller's does, and kept for the caller; the
   * wait goes on until {@code t} has ended, so that no output is still being written.
   */
  private static void joinPassingOnInterrupts(Thread t) {
    boolean interrupted = Thread.currentThread().isInterrupted();
    if (interrupted) {
      t.interrupt();
    }
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        t.interrupt();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes one output. */
  @FunctionalInterface
  private interface Output {
    Written write() throws IOException;
  }

  /** One output's writing, and what came of it. */
  private static final class Task implements Runnable {
    private final Output output;
    private Written written;
    private Throwable failure;

    Task(Output output) {
      this.output = output;
    }

    @Override
    public void run() {
      try {
        written = output.write();
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      }
    }
  }
}
