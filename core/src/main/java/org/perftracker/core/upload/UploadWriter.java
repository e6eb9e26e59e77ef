package org.perftracker.core.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link JobUpload} as the JSON body that {@link UploadParser} reads, with the keys of the reference
 * client ({@code job_title}, {@code env_nodes}, {@code less_better}, …). Absent values are left out.
 */
public final class UploadWriter {
    private final ObjectMapper mapper;

    public UploadWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(JobUpload job) {
        ObjectNode root = mapper.createObjectNode();
        root.put("uuid", job.uuid().toString());
        root.put("project_name", job.projectName());
        job.title().ifPresent(t -> root.put("job_title", t));
        if (job.append()) {
            root.put("append", true);
        }
        if (job.edited()) {
            root.put("is_edited", true);
        }
        put(root, "cmdline", job.cmdline());
        put(root, "suite_name", job.suiteName());
        put(root, "suite_ver", job.suiteVer());
        put(root, "author", job.author());
        put(root, "product_name", job.productName());
        put(root, "product_ver", job.productVer());
        put(root, "regression_tag", job.regressionTag());
        job.links().ifPresent(links -> root.set("links", map(links)));
        job.begin().ifPresent(b -> root.put("begin", b.toString()));
        job.end().ifPresent(e -> root.put("end", e.toString()));
        if (!job.envNodes().isEmpty()) {
            ArrayNode nodes = root.putArray("env_nodes");
            job.envNodes().forEach(n -> nodes.add(envNode(n)));
        }
        ArrayNode tests = root.putArray("tests");
        job.tests().forEach(t -> tests.add(test(t)));
        return root;
    }

    public byte[] toBytes(JobUpload job) {
        try {
            return mapper.writeValueAsBytes(toJson(job));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a job upload always serialises", e);
        }
    }

    private ObjectNode envNode(EnvNode node) {
        ObjectNode out = mapper.createObjectNode();
        out.put("uuid", node.uuid().toString());
        out.put("name", node.name());
        putText(out, "node_type", node.nodeType());
        putText(out, "version", node.version());
        putText(out, "ip", node.ip());
        putText(out, "hostname", node.hostname());
        putText(out, "params", node.params());
        node.cpus().ifPresent(c -> out.put("cpus", c));
        putText(out, "cpus_topology", node.cpusTopology());
        node.ramMb().ifPresent(r -> out.put("ram_mb", r));
        node.diskGb().ifPresent(d -> out.put("disk_gb", d));
        putText(out, "model", node.machine().model());
        putText(out, "hw_uuid", node.machine().hwUuid());
        putText(out, "serial_num", node.machine().serialNum());
        putText(out, "cpu_info", node.machine().cpuInfo());
        putText(out, "ram_info", node.machine().ramInfo());
        putText(out, "links", node.links());
        if (!node.children().isEmpty()) {
            ArrayNode children = out.putArray("children");
            node.children().forEach(c -> children.add(envNode(c)));
        }
        return out;
    }

    private ObjectNode test(TestResult t) {
        ObjectNode out = mapper.createObjectNode();
        t.seqNum().ifPresent(s -> out.put("seq_num", s));
        t.uuid().ifPresent(u -> out.put("uuid", u.toString()));
        out.put("tag", t.tag());
        putText(out, "group", t.group());
        putText(out, "category", t.category());
        out.put("metrics", t.metrics());
        out.put("less_better", t.lessBetter());
        out.put("status", t.status().name());
        numbers(out, "scores", t.scores());
        if (!t.deviations().isEmpty()) {
            numbers(out, "deviations", t.deviations());
        }
        t.samples().ifPresent(s -> out.put("samples", s));
        t.loops().ifPresent(l -> out.put("loops", l));
        counted(out, "errors", t.errors(), t.errorMessages());
        counted(out, "warnings", t.warnings(), t.warningMessages());
        t.durationSec().ifPresent(d -> out.put("duration_sec", d));
        t.begin().ifPresent(b -> out.put("begin", b.toString()));
        t.end().ifPresent(e -> out.put("end", e.toString()));
        putText(out, "binary", t.binary());
        putText(out, "cmdline", t.cmdline());
        putText(out, "description", t.description());
        if (!t.links().isEmpty()) {
            out.set("links", map(t.links()));
        }
        if (!t.attribs().isEmpty()) {
            out.set("attribs", map(t.attribs()));
        }
        return out;
    }

    private void counted(ObjectNode out, String key, int count, List<String> messages) {
        if (!messages.isEmpty() && messages.size() == count) {
            ArrayNode array = out.putArray(key);
            messages.forEach(array::add);
        } else if (count > 0) {
            out.put(key, count);
        }
    }

    private static void numbers(ObjectNode out, String key, List<Double> values) {
        ArrayNode array = out.putArray(key);
        values.forEach(array::add);
    }

    private ObjectNode map(Map<String, String> values) {
        ObjectNode out = mapper.createObjectNode();
        values.forEach(out::put);
        return out;
    }

    private static void put(ObjectNode out, String key, Optional<String> value) {
        value.ifPresent(v -> out.put(key, v));
    }

    private static void putText(ObjectNode out, String key, String value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }
}
