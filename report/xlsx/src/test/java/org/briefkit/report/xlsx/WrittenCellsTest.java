package org.briefkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.CaseLocator;
import org.briefkit.model.format.CaseFormat;
import org.briefkit.model.format.Entity;
import org.briefkit.model.format.Field;
import org.briefkit.model.format.ListType;
import org.briefkit.model.format.RecordListType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenCellsTest {
  /** Every pointer of a value of {@code c}: each case field, each element, each of its fields. */
  private static List<String> pointers(Case c) {
    List<String> out = new ArrayList<>();
    for (Field<Case, Case.Builder, ?> f : CaseFormat.CASE.fields()) {
      addField(f, c, "/" + f.name(), out);
    }
    return out;
  }

  private static <T> void addField(Field<T, ?, ?> f, T owner, String pointer, List<String> out) {
    out.add(pointer);
    Object value = f.get(owner).orElse(null);
    if (f.type() instanceof RecordListType<?> r) {
      addElements(r.entity(), (List<?>) value, pointer, out);
    } else if (f.type() instanceof ListType<?> && value != null) {
      for (int i = 0; i < ((List<?>) value).size(); i++) {
        out.add(pointer + "/" + i);
      }
    }
  }

  @SuppressWarnings("unchecked") // the list holds the entity's records
  private static <R> void addElements(Entity<R, ?> entity, List<?> elements, String pointer, List<String> out) {
    for (int i = 0; i < elements.size(); i++) {
      out.add(pointer + "/" + i);
      for (Field<R, ?, ?> f : entity.fields()) {
        addField(f, (R) elements.get(i), pointer + "/" + i + "/" + f.name(), out);
      }
    }
  }

  @Test
  void place_everyValueOfARichCase_isWhereReadingTheWorkbookBackFindsIt() throws IOException {
    // given
    Case c = TestCases.ach();
    CaseLocator read =
        CaseWorkbook.readLocated(new ByteArrayInputStream(TestCases.workbook(c)), "case.xlsx").locator();
    WrittenCells written = new WrittenCells(c);
    List<String> pointers = pointers(c);

    // when, then
    assertThat(pointers).hasSizeGreaterThan(450).contains("/ach/0/items/4/ratings/2", "/ach/2/hypotheses/3/statement");
    for (String p : pointers) {
      Optional<ReadState.Place> place = written.place(p);
      if (place.isEmpty()) {
        // A whole list of the case has no cell: reading locates it at its sheet.
        assertThat(read.locate(p)).as(p).doesNotContain("!");
        continue;
      }
      assertThat(WorkbookProblem.at("case.xlsx", place.get().sheet(), place.get().cell(), "").location())
          .as(p)
          .isEqualTo(read.locate(p));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/judgments/1/statement           | Judgments!B3",
        "/motivations/4/evidence/1/text   | Evidence!H6",
        "/assumptions/2/evidence/0/source | Evidence!C11",
        "/motivations/0/weight            | Motivations!A2",
        "/scale                           | Overview!B19",
        "/questions/1                     | Overview!B10",
        "/ach/0                           | 'ACH why-invited'!B4",
        "/ach/0/question                  | 'ACH why-invited'!B5",
        "/ach/0/hypotheses                | 'ACH why-invited'!A8",
        "/ach/0/hypotheses/2              | 'ACH why-invited'!A11",
        "/ach/0/hypotheses/2/statement    | 'ACH why-invited'!C11",
        "/ach/0/items                     | 'ACH why-invited'!A14",
        "/ach/0/items/3/assumption        | 'ACH why-invited'!F18",
        "/ach/0/items/1/ratings           | 'ACH why-invited'!L16",
        "/ach/0/items/1/ratings/2         | 'ACH why-invited'!N16",
        "/ach/1/items/1/text              | 'ACH why-closer'!I15",
        "/ach/2/hypotheses/3/id           | 'ACH a-matrix-whose-id-is-longer'!B12",
        "/ach/2/items/1/ratings/3         | 'ACH a-matrix-whose-id-is-longer'!O17",
      })
  void place_pointer_givesTheCellWritten(String pointer, String expected) {
    Optional<ReadState.Place> place = new WrittenCells(TestCases.ach()).place(pointer);

    assertThat(place).map(p -> Layout.quoteSheet(p.sheet()) + "!" + p.cell()).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"/judgments/9/statement", "/motivations/0/evidence/5/text", "/nothing", "''", "judgments/0", "/judgments/x",
      "/ach", "/ach/3", "/ach/0/hypotheses/3/id", "/ach/0/items/5", "/ach/x/id"})
  void place_nothingOfTheCase_isEmpty(String pointer) {
    assertThat(new WrittenCells(TestCases.ach()).place(pointer)).isEmpty();
  }
}
