/**
 * The tradecraft check: rules of analytic practice run over a case, each a class implementing
 * {@link org.briefkit.analysis.tradecraft.TradecraftRule} listed once in {@link
 * org.briefkit.analysis.tradecraft.Tradecraft#RULES}. {@link
 * org.briefkit.analysis.tradecraft.Tradecraft#check} gives the case's {@link
 * org.briefkit.analysis.tradecraft.TradecraftWarning}s, each at a JSON Pointer (and, for a word
 * of a statement, its offset) that a {@link org.briefkit.model.CaseLocator} turns into a place in
 * the input; {@link org.briefkit.analysis.tradecraft.EstimativeTerms} finds the estimative
 * language of the known scales in a text.
 */
package org.briefkit.analysis.tradecraft;
