package org.perftracker.server.artifact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.perftracker.server.web.ApiException;

/**
 * Reads an {@link ArtifactChange} from the form fields perftrackerlib sends ({@code inline=True},
 * {@code ttl_days=180}, {@code linked_uuids=["…"]}) or from the same keys in a JSON object.
 */
final class ArtifactForm {
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_TEXT = 1024;
    private static final int MAX_TTL_DAYS = 36_500;

    private final ObjectMapper mapper;

    ArtifactForm(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @param field the value of a form field by name, null when absent */
    ArtifactChange read(Function<String, String> field) {
        return new ArtifactChange(text(field, "filename"), text(field, "description"), text(field, "mime"),
                ttl(field.apply("ttl_days")), bool(field.apply("inline")), bool(field.apply("compression")),
                uuids("linked_uuids", field.apply("linked_uuids")),
                uuids("unlinked_uuids", field.apply("unlinked_uuids")));
    }

    ArtifactChange readJson(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body", "is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        return read(name -> {
            JsonNode value = root.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            return value.isContainerNode() ? value.toString() : value.asText();
        });
    }

    static UUID uuid(String name, String value) {
        if (value == null || !CANONICAL_UUID.matcher(value).matches()) {
            throw ApiException.badRequest(name, "Invalid artifact UUID: '" + abbreviate(String.valueOf(value)) + "'");
        }
        return UUID.fromString(value.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> text(Function<String, String> field, String name) {
        String value = field.apply(name);
        if (value == null || value.equals("None")) {
            return Optional.empty();
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest(name, "is " + value.length() + " characters long, at most " + MAX_TEXT
                    + " allowed");
        }
        return Optional.of(value);
    }

    private static Optional<Integer> ttl(String value) {
        if (value == null || value.isBlank() || value.equals("None")) {
            return Optional.empty();
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days < 0 || days > MAX_TTL_DAYS) {
                throw ApiException.badRequest("ttl_days", "must be between 0 and " + MAX_TTL_DAYS + ", got " + days);
            }
            return Optional.of(days);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("ttl_days", "must be a whole number of days, got '" + abbreviate(value) + "'");
        }
    }

    private static Optional<Boolean> bool(String value) {
        if (value == null || value.isBlank() || value.equals("None")) {
            return Optional.empty();
        }
        String v = value.trim();
        return Optional.of(v.equals("True") || v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")
                || v.equals("y"));
    }

    private List<UUID> uuids(String name, String value) {
        if (value == null || value.isBlank() || value.equals("None")) {
            return List.of();
        }
        JsonNode list;
        try {
            list = mapper.readTree(value);
        } catch (IOException e) {
            throw ApiException.badRequest(name, "must be a JSON list of uuids, got '" + abbreviate(value) + "'");
        }
        if (list == null || !list.isArray()) {
            throw ApiException.badRequest(name, "must be a JSON list of uuids, got '" + abbreviate(value) + "'");
        }
        List<UUID> uuids = new ArrayList<>();
        for (JsonNode item : list) {
            String text = item.asText();
            if (!CANONICAL_UUID.matcher(text).matches()) {
                throw ApiException.badRequest(name, "trying to link resource with invalid UUID format: '"
                        + abbreviate(text) + "'");
            }
            uuids.add(UUID.fromString(text.toLowerCase(Locale.ROOT)));
        }
        return uuids;
    }

    private static String abbreviate(String value) {
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
