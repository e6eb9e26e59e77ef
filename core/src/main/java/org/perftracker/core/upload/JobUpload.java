package org.perftracker.core.upload;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One upload of a job: its identity, the values it sends and its tests.
 *
 * <p>A value that is {@link Optional#empty() empty} was not sent: a new job or a replacing upload takes its
 * default, an {@link #append() append} keeps what the job already has. A job with uuid {@code U} uploaded twice
 * without {@code append} ends up with exactly the tests of the second upload; with {@code append} the second
 * upload's tests are added to (or update, by uuid) those of the first.
 *
 * @param uuid the job's identity, chosen by the client
 * @param projectName the project the job belongs to, by name
 * @param append keep the job's existing tests and add these
 * @param edited an edit of the job's fields from the web page: its times are taken as sent
 * @param regressionTag the series this job extends; empty or absent means none
 * @param begin when the run started, absent means "now"
 * @param end when the run ended, absent means "now"
 */
public record JobUpload(
        UUID uuid,
        String projectName,
        Optional<String> title,
        boolean append,
        boolean edited,
        Optional<String> cmdline,
        Optional<String> suiteName,
        Optional<String> suiteVer,
        Optional<String> author,
        Optional<String> productName,
        Optional<String> productVer,
        Optional<String> regressionTag,
        Optional<Map<String, String>> links,
        Optional<Instant> begin,
        Optional<Instant> end,
        List<EnvNode> envNodes,
        List<TestResult> tests) {

    public JobUpload {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(projectName, "projectName");
        title = Objects.requireNonNullElse(title, Optional.empty());
        cmdline = Objects.requireNonNullElse(cmdline, Optional.empty());
        suiteName = Objects.requireNonNullElse(suiteName, Optional.empty());
        suiteVer = Objects.requireNonNullElse(suiteVer, Optional.empty());
        author = Objects.requireNonNullElse(author, Optional.empty());
        productName = Objects.requireNonNullElse(productName, Optional.empty());
        productVer = Objects.requireNonNullElse(productVer, Optional.empty());
        regressionTag = Objects.requireNonNullElse(regressionTag, Optional.empty());
        links = Objects.requireNonNullElse(links, Optional.<Map<String, String>>empty()).map(OrderedMaps::copyOf);
        begin = Objects.requireNonNullElse(begin, Optional.empty());
        end = Objects.requireNonNullElse(end, Optional.empty());
        envNodes = List.copyOf(Objects.requireNonNullElse(envNodes, List.of()));
        tests = List.copyOf(Objects.requireNonNullElse(tests, List.of()));
    }

    /** @return a new-job upload with a title and tests, every other value absent */
    public static JobUpload of(UUID uuid, String projectName, String title, List<TestResult> tests) {
        return new JobUpload(uuid, projectName, Optional.of(title), false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), tests);
    }

    public JobUpload withTests(List<TestResult> newTests) {
        return new JobUpload(uuid, projectName, title, append, edited, cmdline, suiteName, suiteVer, author,
                productName, productVer, regressionTag, links, begin, end, envNodes, newTests);
    }
}
