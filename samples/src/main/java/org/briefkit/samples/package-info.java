/**
 * The sample cases shipped with BriefKit (the Madrid 2022 NATO summit case and a fictional
 * four-stakeholder case) and runnable examples of the public API.
 */
package org.briefkit.samples;
