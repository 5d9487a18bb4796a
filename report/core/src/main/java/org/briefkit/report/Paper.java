package org.briefkit.report;

/** The paper size of the PDF brief and of the workbook's print setup. */
public enum Paper {
  /** ISO A4, 210 × 297 mm. */
  A4(595.28f, 841.89f),
  /** US Letter, 8.5 × 11 in. */
  LETTER(612f, 792f);

  private final float widthPoints;
  private final float heightPoints;

  Paper(float widthPoints, float heightPoints) {
    this.widthPoints = widthPoints;
    this.heightPoints = heightPoints;
  }

  /** The width in PostScript points (1/72 in). */
  public float widthPoints() {
    return widthPoints;
  }

  /** The height in PostScript points (1/72 in). */
  public float heightPoints() {
    return heightPoints;
  }
}
