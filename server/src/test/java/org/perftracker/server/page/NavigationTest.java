package org.perftracker.server.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NavigationTest {
    @Test
    void entries_keep_their_order_whichever_feature_registers_first_and_are_scoped_to_the_project() {
        Navigation nav = new Navigation()
                .add(new NavEntry("jobs", "Jobs", NavEntry.JOBS, p -> "/" + p + "/job/"))
                .add(Navigation.HOME)
                .add(new NavEntry("regressions", "Regressions", NavEntry.REGRESSIONS, p -> "/" + p + "/regression/"));
        assertThat(nav.links("jobs", 2)).containsExactly(
                new Layout.Link("Home", "/?project=2", false),
                new Layout.Link("Regressions", "/2/regression/", false),
                new Layout.Link("Jobs", "/2/job/", true));
        assertThat(nav.links("home", 0).get(0).href()).isEqualTo("/");
    }

    @Test
    void an_entry_is_registered_once() {
        Navigation nav = new Navigation().add(Navigation.HOME);
        assertThatThrownBy(() -> nav.add(Navigation.HOME)).isInstanceOf(IllegalArgumentException.class);
    }
}
