package org.perftracker.client.suite;

import java.nio.file.Path;
import java.util.List;
import org.perftracker.client.run.ToolStep;

/** One entry of a suite's {@code tests:}: an HTTP load matrix ({@link LoadTest}) or a command ({@link CommandTest}). */
public sealed interface SuiteTest permits LoadTest, CommandTest {

    /** @return what the progress display and messages call it */
    String name();

    /** @return the test's own settings (the suite's defaults fill the gaps) */
    RunSettings run();

    /**
     * @param directory the suite file's folder, where relative paths start
     * @param defaults the suite's defaults
     * @return the steps to run, in order
     */
    List<ToolStep> steps(Path directory, RunSettings defaults);
}
