package org.perftracker.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FlashTest {
    @Test
    void a_flash_survives_its_cookie() {
        Flash sent = Flash.error("The job was not uploaded: uuid: is required", List.of("uuid: is required",
                "tests[0].tag: must not be empty; a, b = \"c\""));
        assertThat(Flash.decode(sent.encode())).hasValue(sent);
        Flash ok = Flash.ok("OK, job 17 has been created", "/1/job/17");
        assertThat(Flash.decode(ok.encode())).hasValue(ok);
    }

    @Test
    void a_flash_fits_a_cookie_however_many_problems_it_reports() {
        List<String> problems = IntStream.range(0, 100).mapToObj(i -> "tests[" + i + "].scores: " + "x".repeat(500))
                .toList();
        Flash flash = Flash.error("y".repeat(1000), problems);
        assertThat(flash.details()).hasSize(Flash.MAX_DETAILS + 1).last().isEqualTo("… and 92 more");
        assertThat(flash.encode().length()).isLessThan(3800);
        assertThat(Flash.decode(flash.encode())).hasValue(flash);
    }

    @Test
    void a_forged_cookie_cannot_link_elsewhere_or_break_the_page() {
        assertThat(Flash.ok("hi", "https://evil.example.com/").link()).isEmpty();
        assertThat(Flash.ok("hi", "//evil.example.com/").link()).isEmpty();
        assertThat(Flash.decode("%%%")).isEmpty();
        assertThat(Flash.decode("ok")).isEmpty();
        assertThat(Flash.decode("weird%0A%0Amessage").orElseThrow().kind()).isEqualTo("ok");
    }
}
