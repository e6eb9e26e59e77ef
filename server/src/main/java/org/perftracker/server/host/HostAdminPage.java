package org.perftracker.server.host;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.AdminNavigation;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.ApiException;

/**
 * The admin pages of the lab: {@code /admin/hosts} (add a host, hide or show one), {@code /admin/hosts/<id>}
 * (edit every field) and {@code /admin/lock-types} (name, colours, order). Every change is in the audit log; every
 * form answers with a redirect and a message. Under {@code /admin/}, these need an administrator who signed in.
 */
public final class HostAdminPage {
    /** The text fields of a host, by their API names, as the forms send them. */
    static final List<String> TEXT = List.of("name", "hostname", "ip", "purpose", "os", "vendor", "model",
            "cpu_info", "notes", "location", "inventory_id", "dashboard_url");
    /** Its numbers: empty means unknown. */
    static final Set<String> NUMBERS = Set.of("cpus_count", "ram_gb", "storage_tb", "network_gbs", "order");

    private final HostService hosts;
    private final AdminNavigation navigation;
    private final Layouts layouts;
    private final Templates templates;

    public HostAdminPage(HostService hosts, AdminNavigation navigation, Layouts layouts, Templates templates) {
        this.hosts = hosts;
        this.navigation = navigation;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The hosts page's view: every host, hidden ones too. */
    public record HostsView(Layout layout, List<Layout.Link> sections, List<Host> hosts) {
        public HostsView {
            hosts = List.copyOf(hosts);
        }
    }

    /** A host's edit page. */
    public record HostView(Layout layout, List<Layout.Link> sections, Host host) {
        /** @return a number field's value as the form shows it: empty when unknown */
        public static String number(Number value) {
            if (value == null) {
                return "";
            }
            double d = value.doubleValue();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** The lock types page's view. */
    public record TypesView(Layout layout, List<Layout.Link> sections, List<LockType> types) {
        public TypesView {
            types = List.copyOf(types);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/hosts", ctx -> templates.render(ctx, "admin/hosts.jte", new HostsView(
                layouts.of(ctx, "Hosts", "admin", 0), navigation.links("hosts"), hosts.all())));
        routes.post("/admin/hosts", ctx -> done(ctx, "/admin/hosts", () -> "Host "
                + hosts.create(Actor.of(ctx), body(ctx, false)).name() + " has been added"));
        routes.get("/admin/hosts/{id}", ctx -> templates.render(ctx, "admin/host.jte", new HostView(
                layouts.of(ctx, "Host", "admin", 0), navigation.links("hosts"), hosts.get(PageParams.id(ctx, "id")))));
        routes.post("/admin/hosts/{id}", ctx -> done(ctx, "/admin/hosts/" + PageParams.id(ctx, "id"), () -> "Host "
                + hosts.update(Actor.of(ctx), PageParams.id(ctx, "id"), body(ctx, true)).name() + " has been saved"));
        routes.post("/admin/hosts/{id}/hide", ctx -> setHidden(ctx, true));
        routes.post("/admin/hosts/{id}/show", ctx -> setHidden(ctx, false));
        routes.get("/admin/lock-types", ctx -> templates.render(ctx, "admin/lockTypes.jte", new TypesView(
                layouts.of(ctx, "Lock types", "admin", 0), navigation.links("lock-types"), hosts.types())));
        routes.post("/admin/lock-types", ctx -> done(ctx, "/admin/lock-types", () -> "Lock type "
                + hosts.createType(Actor.of(ctx), type(ctx)).name() + " has been added"));
        routes.post("/admin/lock-types/{id}", ctx -> done(ctx, "/admin/lock-types", () -> "Lock type "
                + hosts.updateType(Actor.of(ctx), PageParams.id(ctx, "id"), type(ctx)).name() + " has been saved"));
    }

    private void setHidden(Context ctx, boolean hidden) {
        long id = PageParams.id(ctx, "id");
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("hidden", hidden);
        done(ctx, "/admin/hosts", () -> "Host " + hosts.update(Actor.of(ctx), id, body).name() + " is "
                + (hidden ? "hidden from the hosts pages" : "shown on the hosts pages again"));
    }

    /**
     * A host's fields from a form, with the API's names, so that the API's checks apply. A field the form does not
     * send stays as it is; an empty number is unknown.
     *
     * @param complete the form has every field, so an unticked "hidden" means shown
     */
    static ObjectNode body(Context ctx, boolean complete) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field : TEXT) {
            Optional.ofNullable(ctx.formParam(field)).ifPresent(v -> body.put(field, v.strip()));
        }
        for (String field : NUMBERS) {
            String value = ctx.formParam(field);
            if (value != null && value.isBlank() && !field.equals("order")) {
                body.putNull(field);
            } else if (value != null) {
                body.put(field, value.strip());
            }
        }
        if (complete || ctx.formParam("hidden") != null) {
            body.put("hidden", ctx.formParam("hidden") != null);
        }
        return body;
    }

    private static ObjectNode type(Context ctx) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("name", "bg_color", "fg_color", "order")) {
            Optional.ofNullable(ctx.formParam(field)).ifPresent(v -> body.put(field, v.strip()));
        }
        return body;
    }

    /** Runs a change and goes back to the page with its message, or with what was wrong. */
    private static void done(Context ctx, String page, Supplier<String> change) {
        try {
            Flash.ok(change.get(), "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            Flash.error(e.getMessage(), List.of()).send(ctx);
        }
        ctx.redirect(page, HttpStatus.SEE_OTHER);
    }
}
