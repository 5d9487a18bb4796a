package org.briefkit.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.briefkit.model.CaseLocator;

/**
 * Where a value of a case read from a workbook was written, as far as the pointer tells without
 * the workbook: the sheet of its table ({@code case.xlsx:Judgments}), the Overview for the case's
 * own fields, or the file alone for lists that have no sheet. The workbook reader knows the very
 * cell; when it gives a locator of its own, it replaces this.
 */
final class WorkbookPlaces {
  /** The sheet of each list of the case, as the workbook's layout names them. */
  private static final ImmutableMap<String, String> SHEETS =
      ImmutableMap.<String, String>builder()
          .put("sources", "Sources")
          .put("stakeholders", "Stakeholders")
          .put("domains", "Domains")
          .put("actors", "Actors")
          .put("motivations", "Motivations")
          .put("events", "Events")
          .put("transfers", "Arms transfers")
          .put("judgments", "Judgments")
          .buildOrThrow();

  /** The lists whose items' evidence is on the Evidence sheet. */
  private static final String EVIDENCE = "Evidence";

  /** The case's own fields are in the Overview's case block. */
  private static final String OVERVIEW = "Overview";

  /** The lists that have no sheet this version knows. */
  private static final ImmutableSet<String> WITHOUT_SHEET = ImmutableSet.of("assumptions", "indicators", "waivers");

  private WorkbookPlaces() {}

  /** A locator for the workbook named {@code file}. */
  static CaseLocator locator(String file) {
    return (pointer, offset) -> {
      String sheet = sheet(pointer);
      return sheet.isEmpty() ? file : file + ":" + quote(sheet);
    };
  }

  /** The sheet a pointer's value is on, or an empty string if none is known. */
  static String sheet(String pointer) {
    String[] parts = pointer.split("/", -1);
    if (parts.length < 2 || parts[1].isEmpty()) {
      return "";
    }
    String list = parts[1];
    if (SHEETS.containsKey(list)) {
      return parts.length > 3 && parts[3].equals("evidence") ? EVIDENCE : SHEETS.get(list);
    }
    return WITHOUT_SHEET.contains(list) ? "" : OVERVIEW;
  }

  /** A sheet name as the workbook's messages write it: quoted when it holds a space. */
  private static String quote(String sheet) {
    return sheet.matches("[A-Za-z][A-Za-z0-9_]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
