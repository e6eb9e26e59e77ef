package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * The tests of one test group ({@code test.group}, "" for none), as sections in order of first appearance.
 */
public record Group(String name, List<Section> sections) {
    public Group {
        name = Objects.requireNonNullElse(name, "");
        sections = List.copyOf(Objects.requireNonNullElse(sections, List.of()));
    }
}
