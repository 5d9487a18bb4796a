package org.briefkit.data;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.briefkit.model.Suggestions;

/**
 * The rows of a CSV export, read one at a time (Apache Commons CSV, RFC 4180 quoting): a
 * byte-order mark is dropped, CR LF and LF both end lines, the lines before the header (SIPRI's
 * title and notes) are skipped, empty lines are ignored, and every row knows the line it starts
 * on. Columns are found by their header, ignoring case and outer spaces. The text must be UTF-8.
 */
final class CsvRows implements Closeable {
  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final int headerLine;
  private long nextLine = 1;

  private CsvRows(String file, CSVParser parser, List<String> header, int headerLine) {
    this.file = file;
    this.parser = parser;
    this.records = parser.iterator();
    this.header = header;
    this.headerLine = headerLine;
  }

  /**
   * Opens {@code in}, named {@code file} in messages, and reads as far as the header: the first
   * row whose first cell is {@code firstColumn}.
   *
   * @throws DatasetFileException if no such row is found, or the text is not CSV or not UTF-8
   */
  static CsvRows open(InputStream in, String file, String firstColumn) throws DatasetFileException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
    CSVParser parser;
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      parser =
          CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get().parse(reader);
    } catch (IOException e) {
      throw unreadable(file, 1, e);
    }
    CsvRows rows = new CsvRows(file, parser, List.of(), 0);
    while (true) {
      Optional<Row> r = rows.next();
      if (r.isEmpty()) {
        throw new DatasetFileException(
            file + ":1", "no header row starting with \"" + firstColumn + "\" was found: is this the"
                + " export the dataset's format names?");
      }
      Row row = r.get();
      if (row.size() > 0 && row.raw(0).strip().equalsIgnoreCase(firstColumn)) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
          header.add(row.raw(i).strip().toLowerCase(Locale.ROOT));
        }
        CsvRows body = new CsvRows(file, parser, header, row.line());
        body.nextLine = rows.nextLine;
        return body;
      }
    }
  }

  /**
   * The index of each of {@code columns} in the header, in that order.
   *
   * @throws DatasetFileException naming every column missing, with a near spelling when there is
   */
  int[] columns(List<String> columns) throws DatasetFileException {
    int[] at = new int[columns.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      at[i] = header.indexOf(columns.get(i).toLowerCase(Locale.ROOT));
      if (at[i] < 0) {
        missing.add("\"" + columns.get(i) + "\"" + Suggestions.didYouMean(columns.get(i), header));
      }
    }
    if (!missing.isEmpty()) {
      throw new DatasetFileException(
          file + ":" + headerLine, "the header lacks the column" + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing));
    }
    return at;
  }

  /**
   * The next row that is not empty, or empty at the end of the file.
   *
   * @throws DatasetFileException if the text is not UTF-8 or its quoting is broken
   */
  Optional<Row> next() throws DatasetFileException {
    while (true) {
      CSVRecord r;
      long line = nextLine;
      try {
        if (!records.hasNext()) {
          return Optional.empty();
        }
        r = records.next();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
          throw unreadable(file, line, e.getCause());
        }
        // Commons CSV's own words ("EOF reached before encapsulated token finished") are for
        // programmers: say what a reader can look for.
        throw new DatasetFileException(
            file + ":" + line, "the row's quoting is broken: a quote opened and never closed,"
                + " or text after a closing quote");
      }
      nextLine = parser.getCurrentLineNumber() + 1;
      if (r.size() == 1 && r.get(0).isEmpty()) {
        continue;
      }
      ImmutableList.Builder<String> values = ImmutableList.builder();
      r.forEach(values::add);
      return Optional.of(new Row(file, (int) line, values.build()));
    }
  }

  private static DatasetFileException unreadable(String file, long line, IOException e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return new DatasetFileException(
          file + ":" + line, "the text is not UTF-8: save the export as UTF-8 (CSV UTF-8)");
    }
    return new DatasetFileException(file, "cannot be read: " + e.getMessage());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** One row of the file: its values and the line it starts on. */
  static final class Row {
    private final String file;
    private final int line;
    private final ImmutableList<String> values;

    Row(String file, int line, ImmutableList<String> values) {
      this.file = file;
      this.line = line;
      this.values = values;
    }

    int line() {
      return line;
    }

    int size() {
      return values.size();
    }

    String raw(int column) {
      return values.get(column);
    }

    /** The value in {@code column} (from 0), stripped; empty when the row is short of it. */
    String get(int column) {
      return column < values.size() ? values.get(column).strip() : "";
    }

    /** The place of {@code column} (from 0) for a message: {@code file:line:field}. */
    String at(int column) {
      return file + ":" + line + ":" + (column + 1);
    }

    /** The place of the row: {@code file:line}. */
    String at() {
      return file + ":" + line;
    }
  }
}
