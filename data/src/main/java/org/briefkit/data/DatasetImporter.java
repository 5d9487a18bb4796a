package org.briefkit.data;

import org.briefkit.model.Dataset;

/**
 * Reads one export layout ({@link Dataset.Format}): the rows of its file that the dataset's
 * filters keep, each turned into a transfer or an event citing the dataset, into {@link Imports}.
 * One class per layout, listed in {@link Datasets#IMPORTERS}.
 */
interface DatasetImporter {
  /** The layout read. */
  Dataset.Format format();

  /** The first column of the header row, which tells it from the lines before it. */
  String firstColumn();

  /**
   * Reads {@code rows}, the file of {@code dataset} (declared at {@code pointer}), into {@code
   * out}; a problem in a row is added to {@code out} and the row left out, so that every problem
   * of the file comes at once.
   *
   * @throws DatasetFileException if the file cannot be read further
   */
  void read(CsvRows rows, Dataset dataset, String pointer, ActorNames names, Imports out)
      throws DatasetFileException;
}
