package org.perftracker.server.job;

import java.util.List;

/**
 * An environment node as the API shows it, with its children. Nullable values are JSON nulls; text not uploaded is
 * empty. {@code model}, {@code hwUuid}, {@code serialNum}, {@code cpuInfo} and {@code ramInfo} describe the physical
 * machine, with the keys of the upload.
 */
public record EnvNodeView(
        long id,
        String name,
        String displayName,
        String uuid,
        String version,
        NodeType nodeType,
        String ip,
        String hostname,
        String params,
        Integer cpus,
        String cpusTopology,
        Integer ramMb,
        Integer diskGb,
        String model,
        String hwUuid,
        String serialNum,
        String cpuInfo,
        String ramInfo,
        String links,
        Long parent,
        long job,
        List<EnvNodeView> children) {

    /** The type of a node, as {@code {"name": "Host"}}. */
    public record NodeType(String name) {
    }

    /** A node in a list of jobs: {@code {"name", "display_name", "id"}}. */
    public record Ref(String name, String displayName, long id) {
    }

    EnvNodeView withParent(long parentId) {
        return new EnvNodeView(id, name, displayName, uuid, version, nodeType, ip, hostname, params, cpus,
                cpusTopology, ramMb, diskGb, model, hwUuid, serialNum, cpuInfo, ramInfo, links, parentId, job,
                children);
    }
}
