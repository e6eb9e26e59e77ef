package org.perftracker.core.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * An edit of a job's descriptive fields from the job page or a script: only the values sent change.
 *
 * <p>The reference UI sends the job as it read it plus the edited fields; keys other than these are ignored.
 *
 * @param deleted true to delete the job, false to undelete it, absent to leave it as it is
 */
public record JobEdit(Optional<String> title, Optional<String> productName, Optional<String> productVer,
        Optional<String> suiteName, Optional<String> suiteVer, Optional<Map<String, String>> links,
        Optional<Boolean> deleted) {

    /** @throws InvalidUploadException naming every value that cannot be taken */
    public static JobEdit parse(JsonNode body, ObjectMapper mapper) {
        if (!body.isObject()) {
            throw InvalidUploadException.of("body", "must be a JSON object, got " + LenientReader.kind(body));
        }
        InvalidUploadException.Collector problems = new InvalidUploadException.Collector();
        LenientReader in = new LenientReader(mapper, problems);
        Optional<String> title = in.text(body.get("job_title"), "job_title", Limits.TITLE).filter(s -> !s.isEmpty());
        if (title.isEmpty()) {
            title = in.text(body.get("title"), "title", Limits.TITLE).filter(s -> !s.isEmpty());
        }
        JsonNode links = body.get("links");
        JobEdit edit = new JobEdit(title,
                in.text(body.get("product_name"), "product_name", Limits.NAME),
                in.text(body.get("product_ver"), "product_ver", Limits.NAME),
                in.text(body.get("suite_name"), "suite_name", Limits.NAME),
                in.text(body.get("suite_ver"), "suite_ver", Limits.NAME),
                links != null && links.isTextual() && links.textValue().isBlank()
                        ? Optional.of(Map.of()) : in.stringMap(links, "links", Limits.URL),
                LenientReader.isAbsent(body.get("deleted"))
                        ? Optional.empty() : Optional.of(LenientReader.bool(body.get("deleted"))));
        problems.throwIfAny();
        return edit;
    }
}
