package org.perftracker.server.page;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is signed in, for the corner of every page. Until users exist nobody is, and the corner stays empty; the
 * sign-in feature supplies its own slot to the server's wiring.
 */
@FunctionalInterface
public interface UserSlot {
    UserSlot NOBODY = ctx -> Optional.empty();

    Optional<SignedIn> current(Context ctx);

    /**
     * A signed-in user as the corner shows them.
     *
     * @param href where a click on the name leads (the user's page, or signing out)
     */
    record SignedIn(String name, String href) {
    }
}
