package org.perftracker.server.artifact;

import java.util.List;
import org.perftracker.server.page.Formats;
import org.perftracker.server.page.Layout;

/**
 * An artifact as the job and test pages list it: its name links to its content, which a browser opens when the
 * artifact is inline and of a type it shows safely (text, images, PDF) and downloads otherwise; its size in
 * binary units, type, description, expiry, and what it is linked to.
 *
 * @param href {@code /<project>/artifact_content/<uuid>}
 * @param linkedTo the job or the tests it belongs to, as links; empty where the page says it
 */
public record ArtifactRow(ArtifactView artifact, String href, List<Layout.Link> linkedTo) {

    public ArtifactRow {
        linkedTo = List.copyOf(linkedTo);
    }

    public static ArtifactRow of(ArtifactView artifact, long projectId, List<Layout.Link> linkedTo) {
        return new ArtifactRow(artifact, "/" + projectId + "/artifact_content/" + artifact.uuid(), linkedTo);
    }

    /** @return e.g. {@code 1.21 MiB}, and {@code (bzip2)} when it is stored compressed */
    public String size() {
        return Formats.bytes(artifact.size()) + (artifact.compression() ? " (bzip2)" : "");
    }

    /** @return whether its link opens it in the browser rather than downloading it */
    public boolean opensInBrowser() {
        return artifact.inline() && MimeTypes.isSafeInline(artifact.mime());
    }
}
