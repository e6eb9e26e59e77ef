package org.perftracker.server.page;

import java.util.List;
import java.util.Optional;

/**
 * What every page shows around its content: the title, the navigation, the project switcher, the signed-in
 * user, a flash message, the version.
 *
 * @param projectName the project being viewed, or "All projects"
 * @param projects one link per project (and "All projects") to the same section; empty when there is one
 *     project only
 * @param scripts extra scripts this page needs, as paths on this server
 * @param csrfToken what every form of the page sends back in its hidden field ({@code page/csrf.jte}) and
 *     scripts in the {@code X-CSRF-Token} header (pt.js reads it from the page's {@code csrf-token} meta)
 * @param signInHref where "Sign in" leads, back to this page; "" when someone is signed in
 */
public record Layout(String title, List<Link> navigation, String projectName, List<Link> projects,
        Optional<UserSlot.SignedIn> user, Optional<Flash> flash, String version, List<String> scripts,
        String csrfToken, String signInHref) {

    public Layout {
        navigation = List.copyOf(navigation);
        projects = List.copyOf(projects);
        scripts = List.copyOf(scripts);
    }

    /** A link of the navigation or of the project switcher; {@code current} marks where the viewer is. */
    public record Link(String label, String href, boolean current) {
    }

    /** @return this layout with one more script */
    public Layout withScript(String path) {
        List<String> all = new java.util.ArrayList<>(scripts);
        all.add(path);
        return new Layout(title, navigation, projectName, projects, user, flash, version, all, csrfToken,
                signInHref);
    }

    /** @return this layout without the project switcher: for pages anyone may see when reads are private */
    public Layout withoutProjects() {
        return new Layout(title, navigation, projectName, List.of(), user, flash, version, scripts, csrfToken,
                signInHref);
    }

    /** @return the value of a script or style URL's {@code v} parameter, so that a changed file is fetched anew */
    public String assetVersion() {
        return Assets.VERSION;
    }
}
