package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvNodeCellsTest {
    private static EnvNodeView node(Integer cpus, String topology, String cpuInfo, Integer ramMb, String ramInfo,
            Integer diskGb, String params, String model, String serialNum, String hwUuid) {
        return new EnvNodeView(1, "s1", "s1", "u", "", new EnvNodeView.NodeType("Host"), "", "", params, cpus,
                topology, ramMb, diskGb, model, hwUuid, serialNum, cpuInfo, ramInfo, "", null, 1, List.of());
    }

    private static EnvNodeView hardware(Integer cpus, String topology, String cpuInfo, Integer ramMb,
            String ramInfo) {
        return node(cpus, topology, cpuInfo, ramMb, ramInfo, null, "", "", "", "");
    }

    @Test
    void hardware_names_processors_memory_disk_and_parameters_in_that_order() {
        EnvNodeView all = node(64, "2S x 16C x 2T", "2 x Xeon Gold 6248", 256 * 1024, "8 x 32 GB DDR4", 1200,
                "HT on", "", "", "");
        assertThat(EnvNodeCells.hardware(all))
                .isEqualTo("64 CPUs (2S x 16C x 2T) · 2 x Xeon Gold 6248 · 256 GB RAM (8 x 32 GB DDR4) · 1,200 GB disk"
                        + " · HT on");
    }

    @Test
    void hardware_leaves_out_what_was_not_uploaded_with_its_separator() {
        assertThat(EnvNodeCells.hardware(hardware(null, "", "", null, ""))).isEmpty();
        assertThat(EnvNodeCells.hardware(hardware(null, "", "", 512, ""))).isEqualTo("512 MB RAM");
        assertThat(EnvNodeCells.hardware(hardware(null, "1S x 1C x 2T", "AMD EPYC @ 2.1GHz", null, "2 x 8 GB")))
                .isEqualTo("CPUs 1S x 1C x 2T · AMD EPYC @ 2.1GHz · RAM 2 x 8 GB");
        assertThat(EnvNodeCells.hardware(hardware(2, "", "", null, ""))).isEqualTo("2 CPUs");
    }

    @Test
    void the_machine_is_its_model_serial_number_and_firmware_uuid() {
        assertThat(EnvNodeCells.machine(node(null, "", "", null, "", null, "", "PowerEdge R640", "9XYZ123",
                "4c4c4544-0042-3510-8051-b4c04f4e3132")))
                .isEqualTo("PowerEdge R640 · S/N 9XYZ123 · HW UUID 4c4c4544-0042-3510-8051-b4c04f4e3132");
        assertThat(EnvNodeCells.machine(node(null, "", "", null, "", null, "", "", "9XYZ123", ""))).isEqualTo(
                "S/N 9XYZ123");
        assertThat(EnvNodeCells.machine(hardware(4, "", "QEMU Virtual CPU", 1024, ""))).isEmpty();
    }
}
