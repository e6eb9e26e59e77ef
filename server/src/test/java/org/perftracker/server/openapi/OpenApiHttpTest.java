package org.perftracker.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perftracker.server.auth.AuthSettings;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The document and its page over HTTP, on a server whose reads are private: both open to anyone, the document as
 * YAML, the page with swagger-ui's scripts and styles from this server only and no inline script.
 */
class OpenApiHttpTest {
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    /** The scripts and style sheets a page loads. */
    private static final Pattern LOADED = Pattern.compile(
            "<(?:script|link rel=\"stylesheet\")[^>]*\\b(?:src|href)=\"([^\"]*)\"");

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE.create(),
                c -> c.withAuth(c.auth().withReads(AuthSettings.Reads.SIGNED_IN)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_document_is_served_as_yaml_to_anyone_even_where_reads_are_private() throws IOException {
        assertThat(server.get("/api/v1.0/0/project/").status()).as("reads are private here").isEqualTo(401);

        RunningServer.Answer answer = server.get("/api/openapi.yaml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        try (InputStream in = OpenApiHttpTest.class.getResourceAsStream(OpenApiRoutes.DOCUMENT)) {
            assertThat(answer.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_page_loads_swagger_ui_from_this_server_with_no_inline_script() {
        RunningServer.Answer page = server.get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(List.of(csp.split(";\\s*"))).contains("script-src 'self'"));
        assertThat(page.body()).contains("data-document=\"/api/openapi.yaml\"");
        Matcher script = SCRIPT.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(1)).as("every script has a src").contains("src=");
            assertThat(script.group(2)).as("no inline script").isBlank();
        }
        assertThat(scripts).isEqualTo(2);

        List<String> resources = new ArrayList<>();
        Matcher src = LOADED.matcher(page.body());
        while (src.find()) {
            resources.add(src.group(1));
        }
        assertThat(resources).allSatisfy(url -> assertThat(url).as("served by this server").startsWith("/")
                .doesNotStartWith("//"));
        assertThat(resources).anySatisfy(url -> assertThat(url).endsWith("/swagger-ui-bundle.js"))
                .anySatisfy(url -> assertThat(url).endsWith("/swagger-ui.css"))
                .anySatisfy(url -> assertThat(url).startsWith("/static/api-docs.js"));
        for (String url : resources) {
            RunningServer.Answer resource = server.get(url);
            assertThat(resource.status()).as(url).isEqualTo(200);
            assertThat(resource.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(
                    type -> assertThat(type).containsAnyOf("javascript", "text/css"));
        }
    }
}
