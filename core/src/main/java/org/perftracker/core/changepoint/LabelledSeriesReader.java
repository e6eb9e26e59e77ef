package org.perftracker.core.changepoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the labelled change-point format of {@code data/changepoints/series.json}:
 * <pre>
 * {"format": 1,
 *  "series": [{"name": "s0001-gauss-n300-cv0.01-k2",
 *              "values": [101.3, 99.8, ...],
 *              "changes": [97, 211],
 *              "change_details": [{"index": 97, "magnitude": -0.062, "snr": 6.2}, ...]}, ...]}
 * </pre>
 * Only {@code series}, and in each series {@code name} and {@code values}, are required. A series with a
 * {@code changes} list is labelled (an empty list says it has no change); {@code change_details} adds the
 * magnitude and signal-to-noise ratio of a labelled change. Other keys ({@code generator_seed}, {@code noise},
 * {@code less_better}, …) are ignored.
 *
 * <p>A file that breaks these rules is rejected whole with an {@link InvalidSeriesFileException} naming the first
 * value at fault, e.g. {@code series[3].values[17]: must be a finite number, got "n/a"}.
 */
public final class LabelledSeriesReader {
    private final ObjectMapper mapper;

    public LabelledSeriesReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws InvalidSeriesFileException when the content is not JSON or not in the format above
     * @throws IOException when the stream cannot be read
     */
    public List<LabelledSeries> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidSeriesFileException("not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        return parse(root);
    }

    /** @throws InvalidSeriesFileException when the tree is not in the format above */
    public List<LabelledSeries> parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidSeriesFileException("must be a JSON object with a \"series\" list");
        }
        JsonNode format = root.get("format");
        if (format != null && !(format.isInt() && format.intValue() == 1)) {
            throw new InvalidSeriesFileException("format: only format 1 is known, got " + format);
        }
        JsonNode list = root.get("series");
        if (list == null || !list.isArray()) {
            throw new InvalidSeriesFileException("series: must be a list of series");
        }
        List<LabelledSeries> series = new ArrayList<>(list.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            LabelledSeries s = series(list.get(i), "series[" + i + "]");
            if (!names.add(s.name())) {
                throw new InvalidSeriesFileException("series[" + i + "].name: \"" + s.name()
                        + "\" is used by an earlier series; names must be unique");
            }
            series.add(s);
        }
        return List.copyOf(series);
    }

    private static LabelledSeries series(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidSeriesFileException(path + ": must be an object with a name and values");
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.textValue().isEmpty()) {
            throw new InvalidSeriesFileException(path + ".name: must be a non-empty string");
        }
        double[] values = values(node.get("values"), path + ".values");
        JsonNode changes = node.get("changes");
        if (changes == null || changes.isNull()) {
            return new LabelledSeries(name.textValue(), values, false, List.of());
        }
        Map<Integer, LabelledSeries.Label> details = details(node.get("change_details"), path + ".change_details");
        List<LabelledSeries.Label> labels = labels(changes, values.length, details, path + ".changes");
        for (int index : details.keySet()) {
            if (labels.stream().noneMatch(l -> l.index() == index)) {
                throw new InvalidSeriesFileException(path + ".change_details: index " + index
                        + " is not one of the changes");
            }
        }
        return new LabelledSeries(name.textValue(), values, true, labels);
    }

    private static double[] values(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw new InvalidSeriesFileException(path + ": must be a list of numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new InvalidSeriesFileException(path + "[" + i + "]: must be a finite number, got " + v);
            }
            values[i] = v.doubleValue();
        }
        return values;
    }

    private static List<LabelledSeries.Label> labels(JsonNode node, int length,
            Map<Integer, LabelledSeries.Label> details, String path) {
        if (!node.isArray()) {
            throw new InvalidSeriesFileException(path + ": must be a list of indexes");
        }
        List<LabelledSeries.Label> labels = new ArrayList<>(node.size());
        int previous = 0;
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            if (!v.isInt() || v.intValue() <= previous || v.intValue() >= length) {
                throw new InvalidSeriesFileException(path + "[" + i + "]: must be an index in (" + previous + ", "
                        + length + "), increasing; got " + v);
            }
            previous = v.intValue();
            labels.add(details.getOrDefault(previous, LabelledSeries.Label.at(previous)));
        }
        return labels;
    }

    private static Map<Integer, LabelledSeries.Label> details(JsonNode node, String path) {
        Map<Integer, LabelledSeries.Label> details = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return details;
        }
        if (!node.isArray()) {
            throw new InvalidSeriesFileException(path + ": must be a list of {index, magnitude, snr}");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode d = node.get(i);
            String at = path + "[" + i + "]";
            JsonNode index = d.get("index");
            if (index == null || !index.isInt()) {
                throw new InvalidSeriesFileException(at + ".index: must be an integer");
            }
            details.put(index.intValue(), new LabelledSeries.Label(index.intValue(),
                    optionalNumber(d.get("magnitude"), at + ".magnitude"), optionalNumber(d.get("snr"), at + ".snr")));
        }
        return details;
    }

    private static OptionalDouble optionalNumber(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return OptionalDouble.empty();
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new InvalidSeriesFileException(path + ": must be a finite number, got " + node);
        }
        return OptionalDouble.of(node.doubleValue());
    }
}
