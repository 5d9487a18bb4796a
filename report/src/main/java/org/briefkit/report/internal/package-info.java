/**
 * Helpers shared by the renderers and not part of the API: {@link
 * org.briefkit.report.internal.FontLocator} finds a TrueType font that covers Hangul from the
 * options, the {@code BRIEFKIT_FONT} environment variable or the usual system folders.
 */
package org.briefkit.report.internal;
