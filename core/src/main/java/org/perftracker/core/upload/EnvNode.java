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
 * OptionalInt.of(32), "32 (2S x 8C x 2T)", OptionalInt.of(131072), OptionalInt.of(1024),
 * new EnvNode.Machine("PowerEdge R640", "4c4c4544-0042-3510-8051-b4c04f4e3132", "9XYZ123",
 * "2 x Intel Xeon Gold 6248 @ 2.50GHz", "8 x 16 GB DDR4-2933"), "", List.of(vm))}.
 *
 * @param ramMb memory in MiB
 * @param diskGb disk in GiB
 * @param machine what identifies and describes the physical machine; {@link Machine#NONE} for most VMs and services
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
        Machine machine,
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
        machine = Objects.requireNonNullElse(machine, Machine.NONE);
        links = Objects.requireNonNullElse(links, "");
        children = List.copyOf(Objects.requireNonNullElse(children, List.of()));
    }

    /** A node with only a name and a type; add details with the {@code with…} methods. */
    public static EnvNode of(String name, String nodeType) {
        return new EnvNode(UUID.randomUUID(), name, nodeType, "", "", "", "", OptionalInt.empty(), "",
                OptionalInt.empty(), OptionalInt.empty(), Machine.NONE, "", List.of());
    }

    public EnvNode withChildren(List<EnvNode> newChildren) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, params, cpus, cpusTopology, ramMb, diskGb,
                machine, links, newChildren);
    }

    public EnvNode withVersion(String newVersion) {
        return new EnvNode(uuid, name, nodeType, newVersion, ip, hostname, params, cpus, cpusTopology, ramMb, diskGb,
                machine, links, children);
    }

    public EnvNode withHardware(OptionalInt newCpus, String newCpusTopology, OptionalInt newRamMb,
            OptionalInt newDiskGb) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, params, newCpus, newCpusTopology, newRamMb,
                newDiskGb, machine, links, children);
    }

    public EnvNode withAddress(String newIp, String newHostname) {
        return new EnvNode(uuid, name, nodeType, version, newIp, newHostname, params, cpus, cpusTopology, ramMb,
                diskGb, machine, links, children);
    }

    public EnvNode withParams(String newParams) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, newParams, cpus, cpusTopology, ramMb,
                diskGb, machine, links, children);
    }

    public EnvNode withMachine(Machine newMachine) {
        return new EnvNode(uuid, name, nodeType, version, ip, hostname, params, cpus, cpusTopology, ramMb,
                diskGb, newMachine, links, children);
    }

    /**
     * The physical machine behind a host node, as the reference client's {@code ptHost} describes it: what
     * tells two boxes apart across jobs ({@code model}, {@code hw_uuid}, {@code serial_num}) and free text on
     * its processors and memory ({@code cpu_info}, {@code ram_info}). Empty text means "not sent".
     *
     * <p>Example: {@code new Machine("PowerEdge R640", "4c4c4544-0042-3510-8051-b4c04f4e3132", "9XYZ123",
     * "2 x Intel Xeon Gold 6248 @ 2.50GHz", "8 x 16 GB DDR4-2933")}.
     *
     * @param model the vendor's model name
     * @param hwUuid the firmware's (SMBIOS) system UUID, as text: firmware does not always give a valid UUID
     * @param serialNum the vendor's serial number
     * @param cpuInfo the processors, e.g. their model name from {@code /proc/cpuinfo}
     * @param ramInfo the memory modules
     */
    public record Machine(String model, String hwUuid, String serialNum, String cpuInfo, String ramInfo) {
        public static final Machine NONE = new Machine("", "", "", "", "");

        public Machine {
            model = Objects.requireNonNullElse(model, "");
            hwUuid = Objects.requireNonNullElse(hwUuid, "");
            serialNum = Objects.requireNonNullElse(serialNum, "");
            cpuInfo = Objects.requireNonNullElse(cpuInfo, "");
            ramInfo = Objects.requireNonNullElse(ramInfo, "");
        }

        /** @return whether no value was sent */
        public boolean isEmpty() {
            return equals(NONE);
        }
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
