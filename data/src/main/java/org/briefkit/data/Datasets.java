package org.briefkit.data;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.model.ArmsTransfer;
import org.briefkit.model.Case;
import org.briefkit.model.Dataset;
import org.briefkit.model.Event;
import org.briefkit.model.InvalidCaseException;
import org.briefkit.model.Problem;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.model.io.CaseFolderException;

/**
 * Reads the datasets a case declares into its transfers and events.
 *
 * <p>The rows a dataset gives a case are the transfers and events whose evidence cites the
 * dataset. Reading replaces them: what the case held from an earlier reading (a workbook written
 * from an imported case holds the imported rows, so that they can be seen there) is dropped and
 * the files are read afresh, so the dataset's file stays the record and the same files give the
 * same case. Files are named relative to the case's folder and obey its folder rule ({@link
 * CaseFolder}), without its size limit: they are read a row at a time.
 */
public final class Datasets {
  /** The layouts read, one importer each. */
  static final ImmutableList<DatasetImporter> IMPORTERS =
      ImmutableList.of(new SipriTradeRegister(), new AcledEvents());

  private Datasets() {}

  /**
   * {@code c} with the rows of its datasets, read from {@code folder}, in place of any rows it
   * already held from them; {@code c} itself when it declares no dataset and holds no such row.
   *
   * @throws DatasetException with every problem found in every dataset
   */
  public static Case read(Case c, CaseFolder folder) throws DatasetException {
    List<Event> ownEvents = new ArrayList<>();
    List<ArmsTransfer> ownTransfers = new ArrayList<>();
    c.events().stream().filter(e -> c.importedFrom(e.evidence()).isEmpty()).forEach(ownEvents::add);
    c.transfers().stream().filter(t -> c.importedFrom(t.evidence()).isEmpty()).forEach(ownTransfers::add);
    if (c.datasets().isEmpty()
        && ownEvents.size() == c.events().size()
        && ownTransfers.size() == c.transfers().size()) {
      return c;
    }
    Set<String> own = new HashSet<>();
    ownEvents.forEach(e -> own.add(e.id().value()));
    ownTransfers.forEach(t -> own.add(t.id().value()));
    Imports imports = new Imports(own);
    CaseFolder unbounded = folder.withMaxFileSize(Long.MAX_VALUE);
    for (int i = 0; i < c.datasets().size(); i++) {
      read(c, c.datasets().get(i), "/datasets/" + i, unbounded, imports);
    }
    if (imports.hasProblems()) {
      throw new DatasetException(imports.problems());
    }
    List<Event> events = new ArrayList<>(ownEvents);
    events.addAll(imports.events());
    List<ArmsTransfer> transfers = new ArrayList<>(ownTransfers);
    transfers.addAll(imports.transfers());
    try {
      return c.withEventsAndTransfers(events, transfers);
    } catch (InvalidCaseException e) {
      List<DatasetProblem> problems = new ArrayList<>();
      for (Problem p : e.problems()) {
        problems.add(new DatasetProblem(p.path(), "", p.message()));
      }
      throw new DatasetException(problems);
    }
  }

  private static void read(Case c, Dataset d, String pointer, CaseFolder folder, Imports out) {
    DatasetImporter importer = importer(d.format());
    Path file;
    try {
      file = folder.resolve(d.file());
    } catch (CaseFolderException e) {
      out.problems(List.of(new DatasetProblem(pointer + "/file", "", "dataset " + d.id() + ": " + e.getMessage())));
      return;
    }
    try (InputStream in = Files.newInputStream(file);
        CsvRows rows = CsvRows.open(in, d.file(), importer.firstColumn())) {
      importer.read(rows, d, pointer, new ActorNames(c, d), out);
    } catch (DatasetFileException e) {
      out.problems(List.of(new DatasetProblem(pointer, e.place(), e.getMessage())));
    } catch (IOException e) {
      out.problems(
          List.of(new DatasetProblem(pointer + "/file", "", "dataset " + d.id() + ": " + d.file() + " cannot be read: " + e.getMessage())));
    }
  }

  private static DatasetImporter importer(Dataset.Format format) {
    for (DatasetImporter i : IMPORTERS) {
      if (i.format() == format) {
        return i;
      }
    }
    throw new IllegalStateException("no importer reads " + format.key());
  }
}
