package org.perftracker.server.openapi;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.perftracker.server.page.Assets;
import org.perftracker.server.page.Templates;

/**
 * The API's description: {@code GET /api/openapi.yaml}, the OpenAPI document (written by hand in
 * {@code src/main/resources/openapi.yaml}; {@code OpenApiDocumentTest} holds it to the routes the server registers),
 * and {@code GET /api/docs}, a page that shows it with swagger-ui, whose scripts come from its webjar on this server.
 */
public final class OpenApiRoutes {
    /** Where the document is on the class path. */
    public static final String DOCUMENT = "/openapi.yaml";

    private final Templates templates;
    private final byte[] document;

    public OpenApiRoutes(Templates templates) {
        this.templates = templates;
        this.document = read(DOCUMENT);
    }

    /** What the page needs: where swagger-ui is, and the version of this server's own scripts. */
    public record DocsPage(String swaggerUi, String assetVersion) {
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8")
                .header("Cache-Control", "no-cache").result(document));
        routes.get("/api/docs", ctx -> templates.render(ctx, "openapi/docs.jte",
                new DocsPage(Assets.SWAGGER_UI, Assets.VERSION)));
    }

    private static byte[] read(String resource) {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
