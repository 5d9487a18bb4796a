package org.briefkit.model;

import java.util.Objects;

/**
 * A tradecraft rule the case switches off, and why; the brief prints both.
 *
 * @param rule the rule's id ({@code single-source})
 * @param reason why the rule does not apply to this case
 */
public record Waiver(String rule, String reason) {
  /** Checks the rule id's form and that there is a reason. */
  public Waiver {
    Objects.requireNonNull(rule, "rule must not be null");
    if (!rule.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "rule (" + Texts.quote(rule) + ") must be a rule id: lower-case words joined by hyphens, such as single-source");
    }
    Texts.required("waiver reason", reason);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this waiver's values. */
  public Builder toBuilder() {
    return new Builder().rule(rule).reason(reason);
  }

  /** Builds a {@link Waiver}. */
  public static final class Builder {
    private String rule;
    private String reason;

    private Builder() {}

    /** Sets the rule id (required). */
    public Builder rule(String rule) {
      this.rule = rule;
      return this;
    }

    /** Sets the reason (required). */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Builds the waiver. */
    public Waiver build() {
      return new Waiver(rule, reason);
    }
  }
}
