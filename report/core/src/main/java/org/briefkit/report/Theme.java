package org.briefkit.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Objects;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.Stakeholder;
import org.briefkit.model.StakeholderId;

/**
 * The colours of a report. One theme gives each stakeholder the same colour in every chart
 * and table of both the PDF and the workbook: the colour the case gives it, or else the next
 * colour of the palette in stakeholder order.
 *
 * @param palette the series colours, used in order for stakeholders without their own colour
 * @param accent the colour of headings and rules
 * @param text the body text colour
 * @param muted the colour of secondary text, grid lines and table borders
 */
public record Theme(ImmutableList<Colour> palette, Colour accent, Colour text, Colour muted) {
  /**
   * The Okabe–Ito palette, distinguishable with the common forms of colour blindness (Okabe
   * and Ito, "Color Universal Design", 2008), without yellow, which prints too pale.
   */
  private static final ImmutableList<Colour> OKABE_ITO =
      ImmutableList.of(
          new Colour(0x0072B2), // blue
          new Colour(0xD55E00), // vermillion
          new Colour(0x009E73), // bluish green
          new Colour(0xCC79A7), // reddish purple
          new Colour(0xE69F00), // orange
          new Colour(0x56B4E9), // sky blue
          new Colour(0x000000)); // black

  private static final Theme DEFAULT =
      new Theme(OKABE_ITO, new Colour(0x1F3A5F), new Colour(0x222222), new Colour(0x6B7280));

  /** Checks that the palette is not empty. */
  public Theme {
    palette = ImmutableList.copyOf(palette);
    if (palette.isEmpty()) {
      throw new IllegalArgumentException("palette must not be empty");
    }
    Objects.requireNonNull(accent, "accent must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(muted, "muted must not be null");
  }

  /** The default theme: the colour-blind-safe Okabe–Ito palette with a navy accent. */
  public static Theme standard() {
    return DEFAULT;
  }

  /**
   * The colour of every stakeholder of {@code aCase}, in stakeholder order: its own colour if
   * the case gives one, else the palette colour at its position (wrapping round).
   */
  public ImmutableMap<StakeholderId, Colour> stakeholderColours(Case aCase) {
    return stakeholderColours(aCase.stakeholders());
  }

  /** The colour of each of {@code stakeholders}, as {@link #stakeholderColours(Case)}. */
  public ImmutableMap<StakeholderId, Colour> stakeholderColours(List<Stakeholder> stakeholders) {
    ImmutableMap.Builder<StakeholderId, Colour> b = ImmutableMap.builder();
    for (int i = 0; i < stakeholders.size(); i++) {
      Stakeholder s = stakeholders.get(i);
      b.put(s.id(), s.colour().orElse(seriesColour(i)));
    }
    return b.buildOrThrow();
  }

  /** The palette colour for series {@code index}, wrapping round the palette. */
  public Colour seriesColour(int index) {
    return palette.get(Math.floorMod(index, palette.size()));
  }
}
