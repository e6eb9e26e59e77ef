package org.perftracker.server.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages find the scripts they do not write themselves. ECharts comes from its webjar (Maven Central),
 * served by this server under {@code /webjars/}: its path carries the version the build bundled.
 */
public final class Assets {
    /** The ECharts script, e.g. {@code /webjars/echarts/5.3.1/dist/echarts.min.js}. */
    public static final String ECHARTS = "/webjars/echarts/" + webjarVersion("org.webjars.npm", "echarts")
            + "/dist/echarts.min.js";

    /** The folder of swagger-ui's scripts and styles, for the API's page, e.g. {@code /webjars/swagger-ui/5.34.1}. */
    public static final String SWAGGER_UI = "/webjars/swagger-ui/" + webjarVersion("org.webjars", "swagger-ui");

    /** The scripts and styles this server writes itself, under {@code /static/}. */
    static final java.util.List<String> OWN = java.util.List.of("pt.css", "pt.js", "compare.js", "chart.js",
            "comparison.js", "compare-dialog.js", "regression.js", "api-docs.js");

    /**
     * A digest of this server's own scripts and styles, e.g. {@code 3f9a0c12d4}: their URLs carry it
     * ({@code /static/pt.js?v=…}), so that browsers may cache them and still fetch them anew after a change.
     */
    public static final String VERSION = digestOfOwn();

    private Assets() {
    }

    private static String digestOfOwn() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : OWN) {
                try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("/static/" + name + " is not on the class path");
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String webjarVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the webjar " + group + ":" + artifact + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
