package org.briefkit.report.xlsx;

import java.util.List;
import java.util.Optional;
import org.briefkit.analysis.tradecraft.TradecraftWarning;
import org.briefkit.model.Case;
import org.briefkit.model.Waiver;
import org.briefkit.report.xlsx.ReadState.Place;

/**
 * The tradecraft check of the case: each warning with its rule, a link to the cell it is about
 * and its message; then the waivers, each linking to its row of the Waivers sheet, where an
 * analyst switches a rule off. Computed, not read back.
 */
final class TradecraftSheet implements ComputedSheet {
  /** What the sheet of an English workbook says when the check finds nothing. */
  static final String NO_WARNING = WorkbookText.english().get("tradecraft.noWarning");

  /** What the sheet of an English workbook says when the case waives no rule. */
  static final String NO_WAIVER = WorkbookText.english().get("tradecraft.noWaiver");

  @Override
  public String name() {
    return Layout.TRADECRAFT;
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    Case c = context.theCase();
    b.capAt(0, 26).capAt(1, 24).wrapAt(2, 90);
    context.title(b, "tradecraft");
    context.headers(b, "tradecraft.rule", "tradecraft.where", "tradecraft.message");
    List<TradecraftWarning> warnings = context.analysis().tradecraft();
    if (warnings.isEmpty()) {
      b.row();
      b.text(0, context.word("tradecraft.noWarning"), styles.text);
    }
    WrittenCells cells = new WrittenCells(c, context.tables());
    for (TradecraftWarning w : warnings) {
      b.row();
      b.text(0, w.rule(), styles.text);
      Optional<Place> place = cells.place(w.pointer());
      if (place.isPresent()) {
        link(b, 1, place.get(), styles);
      } else {
        b.text(1, w.pointer(), styles.text);
      }
      b.text(2, w.message(), styles.wrap);
    }
    b.skip();
    b.row();
    b.text(0, context.word("tradecraft.waived"), styles.heading);
    context.headers(b, "tradecraft.rule", "tradecraft.where", "tradecraft.reason");
    if (c.waivers().isEmpty()) {
      b.row();
      b.text(0, context.word("tradecraft.noWaiver"), styles.text);
    }
    for (int i = 0; i < c.waivers().size(); i++) {
      Waiver w = c.waivers().get(i);
      b.row();
      b.text(0, w.rule(), styles.text);
      link(b, 1, cells.place("/waivers/" + i).orElseThrow(), styles);
      b.text(2, w.reason(), styles.wrap);
    }
    b.fitColumns(3);
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
  }

  /** A link to {@code place} that reads as its sheet and cell: {@code 'Arms transfers'!D2}. */
  private static void link(SheetBuilder b, int col, Place place, Styles styles) {
    String where = Layout.quoteSheet(place.sheet()) + "!" + place.cell();
    b.link(col, where, where, styles.link);
  }
}
