package org.briefkit.model;

/** What a key assumptions check found of an assumption. */
public enum AssumptionStatus implements Keyed {
  /** Well supported: the judgment can rest on it. */
  SOLID,
  /** Correct with caveats: it holds under conditions the analysis should state. */
  CAVEATED,
  /** Unsupported or questionable: a judgment resting on it is at risk. */
  UNSUPPORTED
}
