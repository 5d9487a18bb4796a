/**
 * What changed between two versions of a case. {@link
 * org.briefkit.analysis.changes.CaseDiff#between} compares them by the format's declarations
 * and gives the {@link org.briefkit.analysis.changes.CaseChanges}: sections of {@link
 * org.briefkit.analysis.changes.ElementChange}s (added, removed, changed), each changed element
 * with its {@link org.briefkit.analysis.changes.FieldChange}s, a judgment's confidence and
 * likelihood as an {@link org.briefkit.analysis.changes.EstimateChange}. {@link
 * org.briefkit.analysis.changes.ChangeText} renders them for readers, {@link
 * org.briefkit.analysis.changes.ChangeJson} for programs.
 */
package org.briefkit.analysis.changes;
