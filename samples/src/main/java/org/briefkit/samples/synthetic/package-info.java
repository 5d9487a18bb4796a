/**
 * Synthetic cases for measuring BriefKit at any size: {@link
 * org.briefkit.samples.synthetic.SyntheticCase#generate} turns a seed and a set of {@link
 * org.briefkit.samples.synthetic.SyntheticCase.Sizes} into a valid case of fictional states,
 * people, domains, motivations, events and arms transfers. The same seed and sizes always give
 * an equal case.
 */
package org.briefkit.samples.synthetic;
