package org.briefkit.analysis.tradecraft;

import java.util.Objects;
import org.briefkit.model.CaseLocator;

/**
 * What a tradecraft rule found, and where: a JSON Pointer into the case and, for a word in a
 * text value, the word's offset in it. A {@link CaseLocator} turns the two into a place in the
 * file the case was read from.
 *
 * @param rule the id of the rule that found it ({@code term-disagrees})
 * @param pointer the JSON Pointer of the value concerned ({@code /judgments/2/statement})
 * @param offset the index of the word in the text value, 0 for the value as a whole
 * @param message what is wrong, naming the values
 */
public record TradecraftWarning(String rule, String pointer, int offset, String message) {
  /** Checks the parts. */
  public TradecraftWarning {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(pointer, "pointer must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer (" + pointer + ") must be a JSON Pointer, such as /judgments/0/statement");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset (" + offset + ") must not be negative");
    }
  }

  /** A warning about the value at {@code pointer} as a whole. */
  public static TradecraftWarning at(String rule, String pointer, String message) {
    return new TradecraftWarning(rule, pointer, 0, message);
  }

  /** Where the warning is: {@code korea-nato.yaml:41:18}, as precise as {@code locator} allows. */
  public String place(CaseLocator locator) {
    return locator.locate(pointer, offset);
  }

  /**
   * The warning as compilers print them: {@code korea-nato.yaml:41:18: warning: [term-disagrees]
   * statement says ...}.
   */
  public String format(CaseLocator locator) {
    return place(locator) + ": warning: [" + rule + "] " + message;
  }
}
