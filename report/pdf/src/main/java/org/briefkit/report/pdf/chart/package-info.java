/**
 * The charts of a brief (JFreeChart), built once from analysis results: the timeline of events,
 * weighted motivations by domain, domain emphasis (a dot plot of shares, {@link
 * org.briefkit.report.pdf.chart.SharesDotPlot}), third-party drivers, arms flows by partner and
 * by year ({@link org.briefkit.report.pdf.chart.TransferYears}),
 * and the estimative scale with the key judgments placed on it ({@link
 * org.briefkit.report.pdf.chart.EstimativeScaleChart}, its marks shaped by {@link
 * org.briefkit.report.pdf.chart.ScaleMarks}; {@link org.briefkit.report.pdf.chart.ConfidenceLook}
 * is how a level of confidence looks, on the chart and on the badges of the brief), and the
 * scores of an ACH matrix ({@link org.briefkit.report.pdf.chart.AchScoresChart}, its bars shaped
 * by {@link org.briefkit.report.pdf.chart.ScoreBars}, which also writes a score as the brief does).
 * The series are shaped from the analysis next to the charts ({@link
 * org.briefkit.report.pdf.chart.MatrixSeries}, {@link org.briefkit.report.pdf.chart.DriverSeries},
 * {@link org.briefkit.report.pdf.chart.FlowCounts}, {@link
 * org.briefkit.report.pdf.chart.TimelineSeries}); {@link org.briefkit.report.pdf.chart.Charts}
 * builds the charts from plain {@link org.briefkit.report.pdf.chart.SeriesData}; {@link
 * org.briefkit.report.pdf.chart.ChartStyle} gives every chart the same fonts and colours without
 * touching JFreeChart's global theme, and keeps every colour opaque so that the charts can go
 * into PDF/A.
 */
package org.briefkit.report.pdf.chart;
