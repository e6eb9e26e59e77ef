package org.perftracker.server.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;

/** Builds the {@link Layout} of a page: one read of the project list, the flash of this request, the user. */
public final class Layouts {
    public static final String ALL_PROJECTS = "All projects";

    private final Navigation navigation;
    private final ProjectService projects;
    private final UserSlot users;
    private final String version;

    public Layouts(Navigation navigation, ProjectService projects, UserSlot users, String version) {
        this.navigation = navigation;
        this.projects = projects;
        this.users = users;
        this.version = version;
    }

    /**
     * @param section the navigation key of the page, which the project switcher keeps
     * @param projectId the project viewed, 0 for all
     */
    public Layout of(Context ctx, String title, String section, long projectId) {
        List<Project> all = projects.all();
        String projectName = all.stream().filter(p -> p.id() == projectId).map(Project::name).findFirst()
                .orElse(ALL_PROJECTS);
        List<Layout.Link> switcher = new ArrayList<>();
        if (all.size() > 1) {
            NavEntry entry = navigation.find(section).orElse(Navigation.HOME);
            switcher.add(new Layout.Link(ALL_PROJECTS, entry.href().apply(0), projectId == 0));
            all.stream().filter(Project::visible).forEach(p ->
                    switcher.add(new Layout.Link(p.name(), entry.href().apply(p.id()), p.id() == projectId)));
        }
        Optional<UserSlot.SignedIn> user = users.current(ctx);
        return new Layout(title, navigation.links(section, projectId), projectName, switcher, user,
                Flash.take(ctx), version, List.of(), users.csrfToken(ctx),
                user.isPresent() ? "" : users.signInHref(ctx));
    }

    /** A layout that reads nothing from the database, for error pages (the database may be what failed). */
    public Layout bare(String title) {
        return new Layout(title, navigation.links("", 0), ALL_PROJECTS, List.of(), Optional.empty(),
                Optional.empty(), version, List.of(), "", "");
    }
}
