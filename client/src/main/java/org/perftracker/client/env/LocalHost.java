package org.perftracker.client.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import org.perftracker.core.upload.EnvNode;

/**
 * The machine {@code pt} runs on, as an environment node of type {@code Host}: its name, OS, kernel, CPU model
 * and count, memory and JVM, and what the firmware says of the box (vendor and model; its UUID and serial number
 * where they are readable, which is as root). Read from {@code /proc}, {@code /etc}, {@code /sys/class/dmi/id}
 * and the JVM's system properties; no command is run and no name is looked up on the network.
 *
 * <p>On a Debian 12 machine with two cores: {@code name "build-7", node_type "Host", version "Debian GNU/Linux
 * 12 (bookworm)", hostname "build-7", cpus 2, cpus_topology "Intel(R) Xeon(R) CPU @ 2.20GHz (1 socket × 1 core
 * × 2 threads)", ram_mb 24034, params "kernel 6.1.0-18-amd64; amd64; Java 17.0.15 (Debian)"}. Elsewhere
 * (macOS, Windows) the same node comes from the JVM's properties alone, with fewer details.
 */
public final class LocalHost {
    /** Placeholders firmware vendors leave in fields they did not fill in. */
    private static final Set<String> UNSET = Set.of("", "none", "default string", "not specified",
            "to be filled by o.e.m.", "system product name", "system manufacturer", "0");

    private final Path root;
    private final Properties system;
    private final Map<String, String> environment;

    /**
     * @param root where {@code proc/} and {@code etc/} are, {@code /} for this machine
     * @param system the JVM's system properties
     * @param environment the process's environment variables
     */
    public LocalHost(Path root, Properties system, Map<String, String> environment) {
        this.root = root;
        this.system = system;
        this.environment = environment;
    }

    /** @return this machine as an environment node */
    public static EnvNode detect() {
        return new LocalHost(Path.of("/"), System.getProperties(), System.getenv()).node();
    }

    public EnvNode node() {
        String host = hostname();
        CpuInfo cpu = cpuInfo();
        int cpus = cpu.logical() > 0 ? cpu.logical() : Runtime.getRuntime().availableProcessors();
        return EnvNode.of(host, "Host")
                .withVersion(os())
                .withAddress("", host)
                .withHardware(OptionalInt.of(cpus), cpu.describe(), ramMb(), OptionalInt.empty())
                .withParams(params())
                .withMachine(new EnvNode.Machine(dmi("sys_vendor", "product_name"), dmi("product_uuid"),
                        dmi("product_serial"), cpu.model(), ""));
    }

    /** @return the DMI fields named, joined by a space, without the placeholders of unset fields */
    String dmi(String... fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            firstLine("sys/class/dmi/id/" + field).map(String::trim)
                    .filter(v -> !UNSET.contains(v.toLowerCase(Locale.ROOT))).ifPresent(values::add);
        }
        return String.join(" ", values);
    }

    String hostname() {
        for (String file : List.of("proc/sys/kernel/hostname", "etc/hostname")) {
            Optional<String> name = firstLine(file).filter(s -> !s.isBlank());
            if (name.isPresent()) {
                return name.get().trim();
            }
        }
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String name = environment.get(variable);
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
        }
        return "localhost";
    }

    String os() {
        for (String line : lines("etc/os-release")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return unquote(line.substring("PRETTY_NAME=".length()));
            }
        }
        return system.getProperty("os.name", "") + " " + system.getProperty("os.version", "");
    }

    String params() {
        List<String> parts = new ArrayList<>();
        String kernel = firstLine("proc/sys/kernel/osrelease").map(String::trim).orElse("");
        if (!kernel.isEmpty()) {
            parts.add("kernel " + kernel);
        }
        parts.add(system.getProperty("os.arch", ""));
        parts.add("Java " + system.getProperty("java.version", "?") + " ("
                + system.getProperty("java.vm.name", system.getProperty("java.vendor", "?")) + ")");
        parts.removeIf(String::isBlank);
        return String.join("; ", parts);
    }

    OptionalInt ramMb() {
        for (String line : lines("proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                String[] f = line.substring("MemTotal:".length()).trim().split("\\s+");
                try {
                    return OptionalInt.of((int) (Long.parseLong(f[0]) / 1024));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }

    /** What /proc/cpuinfo says: the model and how the logical CPUs sit on sockets and cores. */
    record CpuInfo(String model, int logical, int sockets, int cores) {
        String describe() {
            if (model.isEmpty()) {
                return "";
            }
            if (sockets <= 0 || cores <= 0 || logical % cores != 0) {
                return model;
            }
            int threads = logical / cores;
            int coresPerSocket = cores / sockets;
            return model + " (" + count(sockets, "socket") + " × " + count(coresPerSocket, "core") + " × "
                    + count(threads, "thread") + ")";
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }
    }

    CpuInfo cpuInfo() {
        String model = "";
        int logical = 0;
        Set<String> sockets = new HashSet<>();
        Set<String> cores = new HashSet<>();
        String socket = "0";
        for (String line : lines("proc/cpuinfo")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "processor" -> logical++;
                case "model name", "Model", "cpu model" -> model = model.isEmpty() ? value : model;
                case "physical id" -> {
                    socket = value;
                    sockets.add(value);
                }
                case "core id" -> cores.add(socket + "/" + value);
                default -> {
                }
            }
        }
        return new CpuInfo(model, logical, sockets.size(), cores.size());
    }

    private Optional<String> firstLine(String file) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0));
    }

    private List<String> lines(String file) {
        Path path = root.resolve(file);
        try {
            return Files.isReadable(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            // a file we cannot read is a detail we do not know, not a failure of the run
            return List.of();
        }
    }

    private static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) && v.endsWith(v.substring(0, 1))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
