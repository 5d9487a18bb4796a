package org.briefkit.report.xlsx;

import com.google.common.collect.Lists;
import java.util.List;
import org.briefkit.analysis.CaseAnalysis;
import org.briefkit.analysis.DriverCell;
import org.briefkit.analysis.DriverRow;
import org.briefkit.model.Motivation;
import org.briefkit.model.Stakeholder;

/**
 * The third-party drivers: for each third party, the weights and counts of the motivations it
 * drives, per stakeholder. Places its weight columns ({@link DriverBlock}) for the Overview's
 * chart.
 */
final class DriversSheet implements ComputedSheet {
  /** Where the drivers' weights lie: a row per driver, named in column A, a column per stakeholder. */
  record DriverBlock(int firstRow, int firstCol, int drivers, int stakeholders) {}

  @Override
  public String name() {
    return Layout.DRIVERS;
  }

  @Override
  public void write(SheetContext context, SheetBuilder b) {
    Styles styles = context.styles();
    CaseAnalysis analysis = context.analysis();
    List<Stakeholder> stakeholders = analysis.drivers().stakeholders();
    int ns = stakeholders.size();
    b.capAt(0, 30).capAt(1, 16).wrapAt(4 + 2 * ns, 40);
    context.title(b, "drivers");
    b.row();
    b.text(0, context.word("drivers.driver"), styles.header);
    b.text(1, context.word("drivers.id"), styles.header);
    for (int i = 0; i < ns; i++) {
      b.text(2 + i, context.word("drivers.weightOf", stakeholders.get(i).shortName()), styles.header);
    }
    b.text(2 + ns, context.word("drivers.totalWeight"), styles.header);
    for (int i = 0; i < ns; i++) {
      b.text(3 + ns + i, context.word("drivers.countOf", stakeholders.get(i).shortName()), styles.header);
    }
    b.text(3 + 2 * ns, context.word("drivers.motivations"), styles.header);
    b.text(4 + 2 * ns, context.word("drivers.ids"), styles.header);
    int first = b.nextRow();
    for (DriverRow row : analysis.drivers().rows()) {
      b.row();
      b.text(0, row.driver().name(), styles.wrap);
      b.text(1, row.driver().id().value(), styles.text);
      for (int i = 0; i < ns; i++) {
        DriverCell c = row.byStakeholder().get(stakeholders.get(i).id());
        b.number(2 + i, c == null ? 0 : c.weight(), styles.integer);
        b.number(3 + ns + i, c == null ? 0 : c.count(), styles.integer);
      }
      b.number(2 + ns, row.weight(), styles.integer);
      b.number(3 + 2 * ns, row.count(), styles.integer);
      b.text(4 + 2 * ns, context.shownIds(Lists.transform(row.motivations(), Motivation::id)), styles.wrap);
    }
    if (analysis.drivers().rows().isEmpty()) {
      b.row();
      b.text(0, context.word("drivers.none"), styles.text);
    }
    b.fitColumns(5 + 2 * ns);
    b.sheet.createFreezePane(1, 4);
    b.printSetup(context.options().paper(), 0, context.marking(), context.text());
    context.place(DriverBlock.class, new DriverBlock(first, 2, analysis.drivers().rows().size(), ns));
  }
}
