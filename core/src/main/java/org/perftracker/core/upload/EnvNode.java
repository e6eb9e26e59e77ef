package org.perftracker.core.upload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One node of a job's environment tree: a host, a VM on it, a service inside the VM.
 *
 * <p>Example: {@code new EnvNode(uuid, "s1", "Host", "RHEL 8.9", "10.0.0.11", "s1.lab", "HT on",
 * OptionalInt.of(32), "32 (2S x 8C x 2T)", OptionalInt.of(131072), OptionalInt.of(1024), "", List.of(vm))}.
 *
 * @param ramMb memory in MiB
 * @param diskGb disk in GiB
 */
public record EnvNode(
        UUID uuid,
        String name,
        String nodeType,
        String version,
        String ip,
        String hostname,
        String params,
        OptionalInt cpus,
        String cpusTopology,
        OptionalInt ramMb,
        OptionalInt diskGb,
        String links,
        List<EnvNode> children) {

    public EnvNode {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        nodeType = Objects.requireNonNullElse(nodeType, "");
        version = Objects.requireNonNullElse(version, "");
        ip = Objects.requireNonNullElse(ip, "");
        hostname = Objects.requireNonNullElse(hostname, "");
        params = Objects.requireNonNullElse(params, "");
        cpus = Objects.requireNonNullElse(cpus, OptionalInt.empty());
        cpusTopology = Objects.requireNonNullElse(cpusTopology, "");
        ramMb = Objects.requireNonNullElse(ramMb, OptionalInt.empty());
        diskGb = Objects.requireNonNullElse(diskGb, OptionalInt.empty());
        links = Objects.requireNonNullElse(links, "");
        children = List.copyOf(Objects.requireNonNullElse(children, List.of()));
    }

    /** A node with only a name and a type; add details with the {@code with…} methods. */
    public static EnvNode of(String name, String nodeType) {
        return new EnvNode(UUID.randomUUID(), name, nodeType, "", "", "", "", OptionalInt.empty(), "",
                OptionalInt.empty(), OptionalInt.empty(), "", List.of());
    }

    public EnvNode withChildren(List<EnvNode> newChildren) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, params, cpus, cpusTopology, ramMb, diskGb,
                links, newChildren);
    }

    public EnvNode withVersion(String newVersion) {
        return new EnvNode(uuid, name, nodeType, newVersion, ip, hostname, params, cpus, cpusTopology, ramMb, diskGb,
                links, children);
    }

    public EnvNode withHardware(OptionalInt newCpus, String newCpusTopology, OptionalInt newRamMb,
            OptionalInt newDiskGb) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, params, newCpus, newCpusTopology, newRamMb,
                newDiskGb, links, children);
    }

    public EnvNode withAddress(String newIp, String newHostname) {
        return new EnvNode(uuid, name, nodeType, version, newIp, newHostname, params, cpus, cpusTopology, ramMb,
                diskGb, links, children);
    }

    public EnvNode withParams(String newParams) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, newParams, cpus, cpusTopology, ramMb,
                diskGb, links, children);
    }

    /** @return the number of nodes in this subtree, this one included */
    public int size() {
        int n = 1;
        for (EnvNode child : children) {
            n += child.size();
        }
        return n;
    }

    /** @return the node with this uuid in this subtree */
    public Optional<EnvNode> find(UUID wanted) {
        if (uuid.equals(wanted)) {
            return Optional.of(this);
        }
        for (EnvNode child : children) {
            Optional<EnvNode> found = child.find(wanted);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
