package org.briefkit.analysis.provenance;

import java.util.Objects;
import org.briefkit.model.SourceId;
import org.briefkit.model.io.CaseFolderException;

/**
 * A source's text file that was refused (it leads out of the case's folder, is too large,
 * binary, not UTF-8...): an error in the case, which the caller reports at the pointer.
 *
 * @param source the source whose text it is
 * @param pointer the JSON Pointer of the source's {@code textFile}: {@code /sources/2/textFile}
 * @param reason why it was refused
 * @param message what is wrong and what to do, without the place
 */
public record SourceTextProblem(SourceId source, String pointer, CaseFolderException.Reason reason, String message) {
  /** Checks the parts. */
  public SourceTextProblem {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(pointer, "pointer must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }
}
