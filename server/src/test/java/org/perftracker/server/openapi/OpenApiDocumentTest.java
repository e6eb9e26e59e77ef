package org.perftracker.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perftracker.server.auth.Access;
import org.perftracker.server.auth.RouteTable;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The OpenAPI document tells the truth about the API: every route the running server registered under {@code /api/}
 * is in it, every operation in it is a registered route, its references resolve, its path parameters match its paths,
 * and each operation's {@code x-required-role} is what the route table asks for.
 */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    /** The words of {@code x-required-role} for what the route table asks. */
    private static final Map<Access, String> ROLES = Map.of(Access.PUBLIC, "none", Access.READ, "viewer",
            Access.SIGNED_IN, "signed in", Access.UPLOAD, "uploader", Access.EDIT, "editor", Access.ADMIN, "admin",
            Access.ACCOUNTS, "admin (never anonymous)");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static RunningServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
        document = read(OpenApiRoutes.DOCUMENT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_api_route_the_server_registered_is_in_the_document() {
        Set<String> missing = new TreeSet<>(registeredApiRoutes());
        missing.removeAll(documentedRoutes());
        assertThat(missing).as("routes the server registered that openapi.yaml does not describe").isEmpty();
    }

    @Test
    void every_operation_in_the_document_is_a_route_the_server_registered() {
        Set<String> unknown = new TreeSet<>(documentedRoutes());
        unknown.removeAll(registeredApiRoutes());
        assertThat(unknown).as("operations in openapi.yaml that the server does not have").isEmpty();
    }

    @Test
    void the_document_is_openapi_3_1_and_each_operation_is_named_once_and_answers_something() {
        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
        List<String> ids = new ArrayList<>();
        operations().forEach(op -> {
            assertThat(op.node().path("operationId").asText()).as(op.route()).isNotBlank();
            assertThat(op.node().path("responses").size()).as(op.route() + " responses").isPositive();
            ids.add(op.node().path("operationId").asText());
        });
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void every_reference_resolves_inside_the_document() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).hasSizeGreaterThan(100);
        List<String> broken = refs.stream()
                .filter(r -> !r.startsWith("#/") || document.at(r.substring(1)).isMissingNode()).toList();
        assertThat(broken).as("references that lead nowhere").isEmpty();
    }

    /** Parameters go on operations: swagger-ui 5 leaves a referenced parameter of a path item unnamed on the page. */
    @Test
    void each_operation_declares_exactly_the_parameters_of_its_path() {
        document.path("paths").fields().forEachRemaining(path -> assertThat(path.getValue().has("parameters"))
                .as(path.getKey() + " declares its parameters on each operation").isFalse());
        operations().forEach(op -> {
            Set<String> inPath = new HashSet<>();
            Matcher m = PARAMETER.matcher(op.path());
            while (m.find()) {
                inPath.add(m.group(1));
            }
            Set<String> declared = new HashSet<>();
            for (JsonNode p : op.node().path("parameters")) {
                JsonNode parameter = resolve(p);
                if (parameter.path("in").asText().equals("path")) {
                    assertThat(parameter.path("required").asBoolean()).as(op.route() + " " + parameter).isTrue();
                    declared.add(parameter.path("name").asText());
                }
            }
            assertThat(declared).as(op.route() + " path parameters").isEqualTo(inPath);
        });
    }

    @Test
    void each_operation_names_the_least_role_that_the_route_table_asks_for() {
        RouteTable table = RouteTable.standard();
        operations().forEach(op -> {
            String concrete = op.path().replace("{uuid}", "11111111-3333-11e8-85cb-8c85907924aa")
                    .replaceAll("\\{[^}]+}", "1");
            Access access = table.classify(op.method(), concrete);
            assertThat(op.node().path("x-required-role").asText()).as(op.route()).isEqualTo(ROLES.get(access));
        });
    }

    /** An operation of the document: its method (upper case), path and node. */
    private record Operation(String method, String path, JsonNode node) {
        String route() {
            return method + " " + path;
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        method.getValue()));
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static Set<String> documentedRoutes() {
        Set<String> routes = new TreeSet<>();
        operations().forEach(op -> routes.add(op.route()));
        return routes;
    }

    /**
     * Every HTTP route the server registered under {@code /api/}, as {@code GET /api/v1.0/{project}/job/}:
     * {@code v{version}} (any version is accepted) is written as the document writes it.
     */
    private static Set<String> registeredApiRoutes() {
        Set<String> routes = new TreeSet<>();
        server.routes().stream().filter(r -> r.contains(" /api/"))
                .forEach(r -> routes.add(r.replace("/v{version}/", "/v1.0/")));
        assertThat(routes).as("the server's /api/ routes").hasSizeGreaterThan(50);
        return routes;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is not valid YAML", e);
        }
    }
}
