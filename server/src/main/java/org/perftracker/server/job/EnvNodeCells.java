package org.perftracker.server.job;

import java.util.ArrayList;
import java.util.List;
import org.perftracker.server.page.Formats;

/**
 * What a node of the job page's environment tree says beside its name, as plain text the page escapes: its
 * hardware ({@code 32 CPUs (2S x 8C x 2T) · 2 x Xeon Gold 6248 · 128 GB RAM (8 x 16 GB DDR4) · 1,024 GB disk})
 * and what identifies its machine ({@code PowerEdge R640 · S/N 9XYZ123 · HW UUID 4c4c4544-…}). Parts not
 * uploaded are left out, with their separators.
 */
public final class EnvNodeCells {
    private static final String SEPARATOR = " · ";

    private EnvNodeCells() {
    }

    /** Processors, memory, disk and parameters: {@code 4 CPUs · QEMU Virtual CPU · 16 GB RAM · HT on}. */
    public static String hardware(EnvNodeView node) {
        List<String> parts = new ArrayList<>();
        if (node.cpus() != null) {
            parts.add(Formats.count(node.cpus()) + " CPUs" + inBrackets(node.cpusTopology()));
        } else if (!node.cpusTopology().isEmpty()) {
            parts.add("CPUs " + node.cpusTopology());
        }
        addIfSent(parts, node.cpuInfo());
        if (node.ramMb() != null) {
            parts.add(Formats.memoryMb(node.ramMb()) + " RAM" + inBrackets(node.ramInfo()));
        } else if (!node.ramInfo().isEmpty()) {
            parts.add("RAM " + node.ramInfo());
        }
        if (node.diskGb() != null) {
            parts.add(Formats.count(node.diskGb()) + " GB disk");
        }
        addIfSent(parts, node.params());
        return String.join(SEPARATOR, parts);
    }

    /** The machine's model, serial number and firmware UUID: {@code PowerEdge R640 · S/N 9XYZ123 · HW UUID 4c4c…}. */
    public static String machine(EnvNodeView node) {
        List<String> parts = new ArrayList<>();
        addIfSent(parts, node.model());
        if (!node.serialNum().isEmpty()) {
            parts.add("S/N " + node.serialNum());
        }
        if (!node.hwUuid().isEmpty()) {
            parts.add("HW UUID " + node.hwUuid());
        }
        return String.join(SEPARATOR, parts);
    }

    private static String inBrackets(String text) {
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    private static void addIfSent(List<String> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(text);
        }
    }
}
