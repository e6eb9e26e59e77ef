package org.perftracker.server.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Who is signed in, for the corner of every page, and the CSRF token its forms carry. {@link #NOBODY} shows an
 * empty corner and gives no token; the auth feature supplies its own slot to the server's wiring.
 */
public interface UserSlot {
    UserSlot NOBODY = ctx -> Optional.empty();

    Optional<SignedIn> current(Context ctx);

    /** @return the token every form of the page sends back ({@code page/csrf.jte}), or "" when none is needed */
    default String csrfToken(Context ctx) {
        return "";
    }

    /** @return where "Sign in" leads (and back to this page), or "" when nobody can sign in */
    default String signInHref(Context ctx) {
        return "";
    }

    /**
     * A signed-in user as the corner shows them.
     *
     * @param href where a click on the name leads (the user's page)
     * @param links more links beside the name, e.g. the admin pages for an administrator
     */
    record SignedIn(String name, String href, List<Layout.Link> links) {
        public SignedIn {
            links = List.copyOf(links);
        }

        public SignedIn(String name, String href) {
            this(name, href, List.of());
        }
    }
}
