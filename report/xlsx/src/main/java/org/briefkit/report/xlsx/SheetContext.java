package org.briefkit.report.xlsx;

import com.google.common.collect.ClassToInstanceMap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.MutableClassToInstanceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Id;
import org.briefkit.model.StakeholderId;
import org.briefkit.report.ReportOptions;

/**
 * What the computed sheets and the Overview's charts share while one workbook is written: the
 * analysis, the styles, the options, the stakeholders' colours and the sheets' builders; and
 * the blocks a sheet lays out for a chart elsewhere to read, so that the chart refers to the
 * cells the sheet wrote instead of working their position out again.
 */
final class SheetContext {
  /** How many ids a cell lists before "and N more": a cell holds at most 32,767 characters. */
  static final int SHOWN_IDS = 50;

  private final CaseAnalysis analysis;
  private final Styles styles;
  private final ReportOptions options;
  private final ImmutableMap<StakeholderId, Colour> colours;
  private final Function<String, SheetBuilder> builders;
  private final String marking;
  private final ClassToInstanceMap<Record> blocks = MutableClassToInstanceMap.create();
  private final WorkbookText text;

  SheetContext(
      CaseAnalysis analysis, Styles styles, ReportOptions options,
      ImmutableMap<StakeholderId, Colour> colours, Function<String, SheetBuilder> builders) {
    this.text = WorkbookText.of(options.languageFor(analysis.theCase()));
    this.analysis = analysis;
    this.styles = styles;
    this.options = options;
    this.colours = colours;
    this.builders = builders;
    this.marking = analysis.theCase().marking().orElse("");
  }

  CaseAnalysis analysis() {
    return analysis;
  }

  /** The case being written. */
  Case theCase() {
    return analysis.theCase();
  }

  Styles styles() {
    return styles;
  }

  ReportOptions options() {
    return options;
  }

  /** The colour the theme gives the stakeholder. */
  Colour colour(StakeholderId stakeholder) {
    return colours.get(stakeholder);
  }

  /** The case's marking, or an empty string. */
  String marking() {
    return marking;
  }

  /** The words of the workbook, in its language. */
  WorkbookText text() {
    return text;
  }

  /** The case tables of the workbook, in its language. */
  CaseTables tables() {
    return CaseTables.in(text);
  }

  /** The text of {@code key} in the workbook's language, its arguments put in. */
  String word(String key, Object... args) {
    return text.get(key, args);
  }

  /** A builder for the sheet of English name {@code sheet} ({@link Layout}), which the workbook already holds. */
  SheetBuilder builder(String sheet) {
    return builders.apply(text.sheet(sheet));
  }

  /** Starts a sheet: its title, a subtitle that says what it shows, a blank row; {@code key.title} and {@code key.subtitle}. */
  void title(SheetBuilder b, String key) {
    b.row();
    b.text(0, text.get(key + ".title"), styles.title);
    b.row();
    b.text(0, text.get(key + ".subtitle"), styles.subtitle);
    b.skip();
  }

  /** A row of column headers from column A on, each the text of its key. */
  void headers(SheetBuilder b, String... keys) {
    b.row();
    for (int i = 0; i < keys.length; i++) {
      b.text(i, text.get(keys[i]), styles.header);
    }
  }

  /** Records where a sheet laid out {@code block}, for a chart to read. */
  <T extends Record> void place(Class<T> type, T block) {
    blocks.putInstance(type, block);
  }

  /** The block of type {@code type} that a sheet written earlier laid out. */
  <T extends Record> T placed(Class<T> type) {
    T block = blocks.getInstance(type);
    if (block == null) {
      throw new IllegalStateException(
          "no " + type.getSimpleName() + " laid out yet: write its sheet before what reads it");
    }
    return block;
  }

  /** The first {@link #SHOWN_IDS} ids, then "and N more". */
  String shownIds(List<? extends Id> ids) {
    if (ids.size() <= SHOWN_IDS) {
      return ids(ids);
    }
    return text.get("ids.more", ids(ids.subList(0, SHOWN_IDS)), ids.size() - SHOWN_IDS);
  }

  private static String ids(List<? extends Id> ids) {
    List<String> values = new ArrayList<>();
    ids.forEach(i -> values.add(i.value()));
    return String.join(", ", values);
  }
}
