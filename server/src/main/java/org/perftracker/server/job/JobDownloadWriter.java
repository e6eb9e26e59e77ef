package org.perftracker.server.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a whole job as a JSON file that is both readable and a valid upload: the keys of the upload format
 * ({@code job_title}, {@code project_name}, {@code env_nodes}, tests with {@code scores}) beside everything the
 * server derived (counters, statistics).
 */
final class JobDownloadWriter {
    private final ObjectMapper mapper;

    JobDownloadWriter(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    byte[] write(JobService.JobDownload download) {
        JobViews.JobDetails job = download.job();
        ObjectNode root = mapper.valueToTree(job);
        root.remove("env_node");
        root.put("job_title", job.title());
        root.put("project_name", job.project().name());
        if (job.regression() != null) {
            root.put("regression_tag", job.regression().tag());
        }
        ArrayNode env = root.putArray("env_nodes");
        job.envNode().forEach(n -> env.add(envNode(n)));
        ArrayNode tests = root.putArray("tests");
        for (TestViews.TestDetails t : download.tests()) {
            ObjectNode test = mapper.valueToTree(t);
            test.put("duration_sec", t.duration());
            if (!t.errorMessages().isEmpty()) {
                test.set("errors", strings(t.errorMessages()));
            }
            if (!t.warningMessages().isEmpty()) {
                test.set("warnings", strings(t.warningMessages()));
            }
            tests.add(test);
        }
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job always serialises", e);
        }
    }

    private ObjectNode envNode(EnvNodeView node) {
        ObjectNode out = mapper.valueToTree(node);
        out.put("node_type", node.nodeType().name());
        out.remove("children");
        ArrayNode children = out.putArray("children");
        node.children().forEach(c -> children.add(envNode(c)));
        return out;
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
