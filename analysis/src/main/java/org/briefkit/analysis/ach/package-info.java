/**
 * Analysis of competing hypotheses (Heuer's ACH): the weighted inconsistency of each
 * hypothesis as in PARC ACH 1.1, the ranking, the diagnosticity of each item, the sensitivity
 * of the ranking to single items, and findings in plain words. {@link
 * org.briefkit.analysis.ach.Ach#analyse(org.briefkit.model.Case)} is the entry point.
 */
package org.briefkit.analysis.ach;
