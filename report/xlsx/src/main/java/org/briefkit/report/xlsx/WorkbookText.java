package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableMap;
import org.briefkit.model.Messages;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.Headers;

/**
 * The words of a workbook in one language: its sheets' names, its columns' headers (the
 * format's, {@link Headers}, and those of the columns it computes), titles, labels and the
 * messages of its drop-down lists, from the bundles {@code workbook_en.properties} and {@code
 * workbook_ko.properties} beside this class. The writer and the reader know a sheet or a column
 * by its English name (the constants of {@link Layout}, {@link CaseTable}...) and ask this for
 * the name a workbook of its language gives it.
 */
final class WorkbookText {
  /** The custom document property naming the language of a workbook's words (absent: English). */
  static final String LANGUAGE_PROPERTY = "BriefKit language";

  private static final ImmutableMap<String, WorkbookText> ALL =
      ImmutableMap.of("en", new WorkbookText("en"), "ko", new WorkbookText("ko"));

  private final Messages words;
  private final Headers headers;

  private WorkbookText(String language) {
    this.words = Messages.load(WorkbookText.class::getResourceAsStream, "workbook", language);
    this.headers = Headers.of(language);
  }

  /** The words of the language BriefKit generates for BCP 47 tag {@code language}. */
  static WorkbookText of(String language) {
    return ALL.get(Messages.supported(language));
  }

  /**
   * The words of a workbook that does not name its language (its properties dropped by a tool
   * that saved it): those whose Overview the workbook has, {@code hasSheet} telling; English
   * when none is there.
   */
  static WorkbookText byOverview(java.util.function.Predicate<String> hasSheet) {
    for (WorkbookText t : ALL.values()) {
      if (hasSheet.test(t.sheet(Layout.OVERVIEW))) {
        return t;
      }
    }
    return english();
  }

  /** The English words, those of every workbook before Korean ones. */
  static WorkbookText english() {
    return ALL.get("en");
  }

  /** The language of these words: {@code en} or {@code ko}. */
  String language() {
    return words.language();
  }

  /** The bundle. */
  Messages words() {
    return words;
  }

  /** The text of {@code key}, its arguments put in. */
  String get(String key, Object... args) {
    return words.get(key, args);
  }

  /** The name of the sheet whose English name is {@code sheet}. */
  String sheet(String sheet) {
    return words.get("sheet." + key(sheet));
  }

  /** The header of a column the workbook computes (not a field's), whose English header is {@code header}. */
  String column(String header) {
    return words.get("column." + key(header));
  }

  /** The header of field {@code f} of {@code entity}. */
  String header(Entity<?, ?> entity, Field<?, ?, ?> f) {
    return headers.of(entity, f);
  }

  /** A bundle key from an English name: its spaces as underscores. */
  private static String key(String name) {
    return name.replace(' ', '_');
  }
}
