/**
 * Datasets in and the actor network out. {@link org.briefkit.data.Datasets} reads the datasets a
 * case declares (the SIPRI trade register, ACLED events: {@code SipriTradeRegister}, {@code
 * AcledEvents}, each a {@code DatasetImporter} over {@code CsvRows}) into the case's transfers and
 * events, every problem located in its file; {@link org.briefkit.data.GexfWriter} writes the
 * case's actor network as GEXF 1.3 for Gephi.
 */
package org.briefkit.data;
