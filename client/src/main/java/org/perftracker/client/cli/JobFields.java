package org.perftracker.client.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.perftracker.client.JobBuilder;

/**
 * The fields of a job that a user names: on the command line, in a suite file, or both (the command line wins,
 * field by field). Every field is optional.
 */
public record JobFields(Optional<String> project, Optional<String> title, Optional<String> productName,
        Optional<String> productVer, Optional<String> suiteName, Optional<String> suiteVer,
        Optional<String> regressionTag, Map<String, String> links) {

    public JobFields {
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }

    public static JobFields none() {
        return new JobFields(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** @return these fields, each taken from {@code other} where this one has none; links of both */
    public JobFields orElse(JobFields other) {
        Map<String, String> allLinks = new LinkedHashMap<>(other.links);
        allLinks.putAll(links);
        return new JobFields(project.or(other::project), title.or(other::title),
                productName.or(other::productName), productVer.or(other::productVer),
                suiteName.or(other::suiteName), suiteVer.or(other::suiteVer),
                regressionTag.or(other::regressionTag), allLinks);
    }

    /** @return a builder with these fields; the title falls back to {@code defaultTitle} */
    public JobBuilder builder(String defaultTitle) {
        JobBuilder b = JobBuilder.create(title.orElse(defaultTitle));
        project.ifPresent(b::project);
        b.product(productName.orElse(null), productVer.orElse(null));
        b.suite(suiteName.orElse(null), suiteVer.orElse(null));
        regressionTag.ifPresent(b::regressionTag);
        links.forEach(b::link);
        return b;
    }
}
