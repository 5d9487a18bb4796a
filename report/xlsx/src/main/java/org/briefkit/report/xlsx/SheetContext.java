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

  SheetContext(
      CaseAnalysis analysis, Styles styles, ReportOptions options,
      ImmutableMap<StakeholderId, Colour> colours, Function<String, SheetBuilder> builders) {
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

  /** A builder for the named sheet, which the workbook already holds. */
  SheetBuilder builder(String sheet) {
    return builders.apply(sheet);
  }

  /** Starts a sheet: its title, a subtitle that says what it shows, a blank row. */
  void title(SheetBuilder b, String title, String subtitle) {
    b.row();
    b.text(0, title, styles.title);
    b.row();
    b.text(0, subtitle, styles.subtitle);
    b.skip();
  }

  /** A row of column headers from column A on. */
  void headers(SheetBuilder b, String... headers) {
    b.row();
    for (int i = 0; i < headers.length; i++) {
      b.text(i, headers[i], styles.header);
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
  static String shownIds(List<? extends Id> ids) {
    if (ids.size() <= SHOWN_IDS) {
      return ids(ids);
    }
    return ids(ids.subList(0, SHOWN_IDS)) + " and " + (ids.size() - SHOWN_IDS) + " more";
  }

  private static String ids(List<? extends Id> ids) {
    List<String> values = new ArrayList<>();
    ids.forEach(i -> values.add(i.value()));
    return String.join(", ", values);
  }
}
