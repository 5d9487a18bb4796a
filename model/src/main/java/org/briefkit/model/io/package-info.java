/**
 * Case files: reading YAML and JSON into a {@link org.briefkit.model.Case} with every problem
 * located at a line and column ({@link org.briefkit.model.io.CaseReader}, {@link
 * org.briefkit.model.io.CaseFiles}, {@link org.briefkit.model.io.CaseFileException}), writing
 * a case back to YAML, and the JSON Schema of the format; {@link
 * org.briefkit.model.io.AtomicFiles} writes files whole or not at all, for every writer; {@link
 * org.briefkit.model.io.CaseFolder} is the rule for the files a case names (its sources' texts),
 * which must stay inside the case's folder.
 */
package org.briefkit.model.io;
