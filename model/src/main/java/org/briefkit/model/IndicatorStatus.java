package org.briefkit.model;

/** Where an indicator stands: still watched for, seen, or no longer expected. */
public enum IndicatorStatus implements Keyed {
  /** Not observed yet; analysts watch for it. */
  WATCHING,
  /** Observed (on the indicator's {@code observed} date when it has one). */
  OBSERVED,
  /** Its window has passed without it being observed. */
  LAPSED
}
