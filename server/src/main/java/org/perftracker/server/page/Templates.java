package org.perftracker.server.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/**
 * Renders the page templates ({@code server/src/main/jte}), compiled to Java at build time, with JTE's HTML
 * escaping of every value. Every template takes one parameter, its view.
 */
public final class Templates {
    /**
     * Scripts and styles come from this server only, never inline; values land in pages as text, so even a
     * missed escape could not run a script.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Answers with the page {@code template} (e.g. {@code job/list.jte}) rendered from {@code view}. */
    public void render(Context ctx, String template, Object view) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.result(bytes(template, view));
    }

    /** @return the rendered template as UTF-8 */
    public byte[] bytes(String template, Object view) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, view, output);
        return output.toByteArray();
    }
}
