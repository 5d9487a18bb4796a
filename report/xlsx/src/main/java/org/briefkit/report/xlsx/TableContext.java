package org.briefkit.report.xlsx;

import com.google.common.collect.ImmutableMap;
import org.briefkit.model.Case;
import org.briefkit.model.Colour;
import org.briefkit.model.StakeholderId;

/**
 * What the writers of a workbook's sheets share: the case, the styles and each stakeholder's
 * colour.
 *
 * @param theCase the case being written
 * @param styles the workbook's cell styles
 * @param colours each stakeholder's colour, as in every chart
 */
record TableContext(Case theCase, Styles styles, ImmutableMap<StakeholderId, Colour> colours) {}
