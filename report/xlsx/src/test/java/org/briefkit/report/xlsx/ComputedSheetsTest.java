package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.briefkit.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class ComputedSheetsTest {
  /** A context for the rich case that writes no sheet (its styles are not needed). */
  private static SheetContext context() {
    return new SheetContext(
        Analyzer.analyze(TestCases.rich()), null, TestCases.FIXED, ImmutableMap.of(),
        sheet -> {
          throw new AssertionError("no sheet is written");
        });
  }

  @Test
  void sheets_eachNamedOnce_amongTheWorkbookSheets() {
    // given
    List<String> names = ComputedSheets.SHEETS.stream().map(ComputedSheet::name).toList();

    // then
    assertThat(names).doesNotHaveDuplicates();
    assertThat(Layout.SHEETS).containsAll(names);
  }

  @Test
  void placed_blockOfASheetNotWrittenYet_failsNamingIt() {
    // given
    SheetContext context = context();

    // when, then
    assertThatThrownBy(() -> context.placed(MatrixSheet.MatrixBlock.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no MatrixBlock laid out yet: write its sheet before what reads it");
  }

  @Test
  void placed_afterPlace_returnsTheBlock() {
    // given
    SheetContext context = context();
    DriversSheet.DriverBlock block = new DriversSheet.DriverBlock(4, 2, 3, 2);

    // when
    context.place(DriversSheet.DriverBlock.class, block);

    // then
    assertThat(context.placed(DriversSheet.DriverBlock.class)).isSameAs(block);
  }
}
