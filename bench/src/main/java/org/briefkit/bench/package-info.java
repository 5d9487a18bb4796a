/**
 * Benchmarks of BriefKit: JMH benchmarks of the analysis, the PDF brief and the workbook at
 * 10² to 10⁵ motivations ({@link org.briefkit.bench.AnalysisBenchmark}, {@link
 * org.briefkit.bench.PdfBenchmark}, {@link org.briefkit.bench.WorkbookBenchmark}), render
 * throughput for the flagship sample ({@link org.briefkit.bench.ThroughputBenchmark}), the
 * floor program the command is compared with ({@link org.briefkit.bench.Floor}), and the small
 * mains that {@code bench/run.sh} uses for cold single runs with peak heap and output sizes
 * ({@link org.briefkit.bench.Stage}, {@link org.briefkit.bench.Generate}).
 */
package org.briefkit.bench;
