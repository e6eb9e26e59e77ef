package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {
    private final RouteTable table = RouteTable.standard();

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
        "GET, /, READ",
        "GET, /1/job/17, READ",
        "HEAD, /api/v1.0/1/job/, READ",
        "GET, /api/v1.0/0/artifact_content/5d1c, READ",
        "GET, /static/pt.css, PUBLIC",
        "GET, /webjars/echarts/5.3.1/dist/echarts.min.js, PUBLIC",
        "GET, /api/health, PUBLIC",
        "GET, /api/openapi.yaml, PUBLIC",
        "GET, /api/docs, PUBLIC",
        "POST, /api/docs, EDIT",
        "GET, /api/v1.0/auth, PUBLIC",
        "POST, /api/v1.0/auth, PUBLIC",
        "GET, /signin, PUBLIC",
        "POST, /signin, PUBLIC",
        "POST, /signout, PUBLIC",
        "POST, /api/v1.0/1/job/, UPLOAD",
        "POST, /api/v1.0/1/job, UPLOAD",
        "POST, /api/v2.0/7/job/, UPLOAD",
        "POST, /1/job/, UPLOAD",
        "PUT, /api/v1.0/1/job/17, EDIT",
        "PATCH, /api/v1.0/1/job/17, EDIT",
        "DELETE, /api/v1.0/1/job/17, EDIT",
        "POST, /1/job/17/edit, EDIT",
        "POST, /1/job/17/delete, EDIT",
        "POST, /1/job/17/undelete, EDIT",
        "POST, /api/v1.0/0/artifact/5d1c, UPLOAD",
        "PATCH, /api/v1.0/0/artifact/5d1c, UPLOAD",
        "DELETE, /api/v1.0/0/artifact/5d1c, EDIT",
        "PUT, /api/v1.0/0/artifact/5d1c, EDIT",
        "POST, /api/v1.0/0/hw_lock/, UPLOAD",
        "PUT, /api/v1.0/0/hw_lock/3, UPLOAD",
        "DELETE, /api/v1.0/0/hw_lock/3, UPLOAD",
        "POST, /1/hw_lock/, UPLOAD",
        "POST, /1/hw_lock/3/extend, UPLOAD",
        "POST, /0/hw_lock/3/release, UPLOAD",
        "GET, /1/hw_lock/3, READ",
        "GET, /1/hw_farm/, READ",
        "PUT, /api/v1.0/0/lock_type/2, ADMIN",
        "POST, /admin/hosts/2/hide, ACCOUNTS",
        "POST, /admin/hosts/2/show, ACCOUNTS",
        "POST, /admin/lock-types, ACCOUNTS",
        "POST, /api/v1.0/1/comparison/, UPLOAD",
        "PUT, /api/v1.0/1/comparison/4, EDIT",
        "DELETE, /api/v1.0/1/comparison/4, EDIT",
        "POST, /1/comparison/4/delete, EDIT",
        "POST, /1/comparison/4/undelete, EDIT",
        "PATCH, /api/v1.0/1/regression/4, EDIT",
        "POST, /1/regression/4/title, EDIT",
        "POST, /1/regression/4/job/17/link, EDIT",
        "POST, /1/alert/9/triage, EDIT",
        "POST, /api/v1.0/0/hw_farm/, ADMIN",
        "PUT, /api/v1.0/0/hw_farm/2, ADMIN",
        "POST, /api/v1.0/0/lock_type/, ADMIN",
        "POST, /api/v1.0/1/webhook/, ADMIN",
        "DELETE, /api/v1.0/1/webhook/3, ADMIN",
        "GET, /api/v1.0/1/webhooks/3, ADMIN",
        "GET, /api/v1.0/0/notification/, ADMIN",
        "GET, /admin/users, ACCOUNTS",
        "POST, /admin/tokens/3/revoke, ACCOUNTS",
        "POST, /api/v1.0/admin/tokens, ACCOUNTS",
        "DELETE, /api/v1.0/admin/tokens/3, ACCOUNTS",
        "GET, /admin/hosts, ACCOUNTS",
        "GET, /admin/webhooks, ACCOUNTS",
        "POST, /admin/webhooks, ACCOUNTS",
        "GET, /admin/webhooks/3, ACCOUNTS",
        "POST, /admin/webhooks/3/delete, ACCOUNTS",
        "GET, /account/, SIGNED_IN",
        "POST, /account/password, SIGNED_IN",
    })
    void every_route_of_the_server_is_classified(String method, String path, Access access) {
        assertThat(table.classify(method, path)).isEqualTo(access);
    }

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
        "POST, /api/v1.0/1/regression/4/alert/9/triage, EDIT",
        "PATCH, /api/v1.0/1/alert/9, EDIT",
        "POST, /1/comparison/, EDIT",
        "DELETE, /anything/new, EDIT",
        "GET, /1/regression/, READ",
        "GET, /api/v1.0/1/alert/, READ",
    })
    void routes_added_later_are_protected_by_the_defaults(String method, String path, Access access) {
        assertThat(table.classify(method, path)).isEqualTo(access);
    }

    @Test
    void admin_pages_need_an_admin_who_signed_in_whatever_other_rows_their_names_match() {
        assertThat(table.classify("GET", "/1/webhook/3")).isEqualTo(Access.ADMIN);
        assertThat(table.classify("POST", "/admin/webhooks")).isEqualTo(Access.ACCOUNTS);
        assertThat(table.classify("POST", "/admin/job")).isEqualTo(Access.ACCOUNTS);
        assertThat(table.classify("POST", "/admin/hw_lock/3/release")).isEqualTo(Access.ACCOUNTS);
    }

    @Test
    void a_row_added_first_wins_and_patterns_match_whole_segments() {
        RouteTable custom = new RouteTable().row("POST", "/api/v*/*/alert/*/triage", Access.UPLOAD);
        assertThat(custom.classify("POST", "/api/v1.0/1/alert/9/triage/")).isEqualTo(Access.UPLOAD);
        assertThat(custom.classify("POST", "/api/v1.0/1/alert/9/triage/x")).isEqualTo(Access.EDIT);
        assertThat(custom.classify("POST", "/api/v1.0/1/alerts/9/triage")).isEqualTo(Access.EDIT);
        assertThat(custom.classify("post", "/api//v1.0/1/alert/9/triage")).isEqualTo(Access.UPLOAD);
    }
}
