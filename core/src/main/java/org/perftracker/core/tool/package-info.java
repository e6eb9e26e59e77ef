/**
 * Parsers of benchmark tools' output into tests ({@link org.perftracker.core.upload.TestResult}).
 *
 * <p>The entry points: {@link org.perftracker.core.tool.ToolParsers} finds a parser by name
 * ({@code --parser ab}) or recognises the command about to run, with where it writes its results
 * ({@link org.perftracker.core.tool.DetectedTool}); a {@link org.perftracker.core.tool.ToolOutputParser} turns a
 * {@link org.perftracker.core.tool.ToolOutput} (the results, the command, the console log) into tests, or throws
 * {@link org.perftracker.core.tool.UnparseableOutputException} naming the parser and the line
 * ({@code "ab: line 17: the report ends before 'Transfer rate:'"}).
 *
 * <p>One subpackage per tool: {@code ab}, {@code wrk} (and wrk2), {@code hey}, {@code jmh}, {@code k6},
 * {@code jmeter}, {@code gotest}, {@code pytest} (pytest-benchmark), {@code gbench} (Google Benchmark),
 * {@code hyperfine} and {@code reference} (the reference uploader's text and JSON formats). The shared pieces:
 * {@link org.perftracker.core.tool.TextLines} and {@link org.perftracker.core.tool.JsonDocument} keep line
 * numbers, {@link org.perftracker.core.tool.Units} fixes units, {@link org.perftracker.core.tool.Categories}
 * builds chart-axis categories ({@code "4 clients"}), {@link org.perftracker.core.tool.TestTemplate} stamps a
 * run's key and errors on its tests and {@link org.perftracker.core.tool.TestMerger} joins repeated runs into
 * iterations.
 *
 * <p>Parsers are pure and stateless: no files, no processes, safe to share between threads. Their tests read
 * real captured output under {@code src/test/resources/tool/}, described in the README there.
 */
package org.perftracker.core.tool;
