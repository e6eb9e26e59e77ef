package org.perftracker.client.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.core.upload.EnvNode;

class LocalHostTest {
    @TempDir
    Path root;

    private static Properties jvm() {
        Properties p = new Properties();
        p.setProperty("os.name", "Linux");
        p.setProperty("os.version", "6.1.0-18-amd64");
        p.setProperty("os.arch", "amd64");
        p.setProperty("java.version", "17.0.15");
        p.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
        return p;
    }

    private void file(String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static String cpu(int processor, int socket, int core) {
        return "processor\t: " + processor + "\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\nphysical id\t: "
                + socket + "\ncore id\t\t: " + core + "\n\n";
    }

    @Test
    void a_linux_host_is_described_from_proc_and_etc() throws IOException {
        file("proc/sys/kernel/hostname", "build-7\n");
        file("proc/sys/kernel/osrelease", "6.1.0-18-amd64\n");
        file("etc/os-release", "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n");
        file("proc/meminfo", "MemTotal:       24611704 kB\nMemFree:        1000 kB\n");
        file("proc/cpuinfo", cpu(0, 0, 0) + cpu(1, 0, 0) + cpu(2, 0, 1) + cpu(3, 0, 1));
        file("sys/class/dmi/id/sys_vendor", "Dell Inc.\n");
        file("sys/class/dmi/id/product_name", "PowerEdge R650\n");
        file("sys/class/dmi/id/product_serial", "To Be Filled By O.E.M.\n");

        EnvNode node = new LocalHost(root, jvm(), Map.of()).node();

        assertThat(node.name()).isEqualTo("build-7");
        assertThat(node.hostname()).isEqualTo("build-7");
        assertThat(node.nodeType()).isEqualTo("Host");
        assertThat(node.version()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(node.cpus()).hasValue(4);
        assertThat(node.cpusTopology()).isEqualTo("Intel(R) Xeon(R) CPU @ 2.20GHz (1 socket × 2 cores × 2 threads)");
        assertThat(node.ramMb()).hasValue(24034);
        assertThat(node.params()).isEqualTo("kernel 6.1.0-18-amd64; amd64; Java 17.0.15 (OpenJDK 64-Bit Server VM)");
        assertThat(node.machine()).isEqualTo(new EnvNode.Machine("Dell Inc. PowerEdge R650", "", "",
                "Intel(R) Xeon(R) CPU @ 2.20GHz", ""));
    }

    @Test
    void without_proc_the_jvm_and_the_environment_still_name_the_host() {
        EnvNode node = new LocalHost(root, jvm(), Map.of("HOSTNAME", "mac-mini")).node();

        assertThat(node.name()).isEqualTo("mac-mini");
        assertThat(node.version()).isEqualTo("Linux 6.1.0-18-amd64");
        assertThat(node.cpus()).hasValue(Runtime.getRuntime().availableProcessors());
        assertThat(node.ramMb()).isEmpty();
        assertThat(node.params()).isEqualTo("amd64; Java 17.0.15 (OpenJDK 64-Bit Server VM)");
        assertThat(node.machine()).isEqualTo(EnvNode.Machine.NONE);
    }

    @Test
    void this_machine_can_be_described() {
        EnvNode node = LocalHost.detect();

        assertThat(node.name()).isNotBlank();
        assertThat(node.cpus()).isNotEmpty();
    }
}
