package org.perftracker.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UploadParserTest {
    private static final String UUID_TEXT = "6f1c2a6e-0b7e-11ef-9c3a-0242ac120002";
    private final ObjectMapper mapper = new ObjectMapper();
    private final UploadParser parser = new UploadParser(mapper);

    private JobUpload parse(String json) {
        return parser.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private InvalidUploadException refused(String json) {
        return catchThrowableOfType(InvalidUploadException.class, () -> parse(json));
    }

    private static String job(String tests) {
        return "{'uuid': '" + UUID_TEXT + "', 'project_name': 'Default project', 'job_title': 'Nightly',"
                + " 'tests': [" + tests + "]}";
    }

    @Test
    void the_reference_example_payload_is_read_with_every_value() {
        JobUpload job = parse("""
                {'project_name': 'Default project', 'uuid': '6F1C2A6E-0B7E-11EF-9C3A-0242AC120002',
                 'job_title': 'Nightly web perf', 'cmdline': './suite.py', 'suite_name': 'web', 'suite_ver': '2.3.1',
                 'author': 'ci@example.com', 'product_name': 'My web app', 'product_ver': '1.4.0-512',
                 'regression_tag': 'webapp-1.4', 'links': {'Jenkins': 'https://ci/512/'},
                 'begin': '2024-05-01T01:00:00.000000+00:00', 'end': '2024-05-01 03:42:10+02:00',
                 'project_id': 1, 'pt_server': {'url': 'x'}, 'replace': true,
                 'env_nodes': [{'name': 's1', 'uuid': '7a0b51e2-0b7e-11ef-9c3a-0242ac120002', 'node_type': 'Host',
                   'cpus': 32, 'ram_gb': 128, 'ssh_password': 'ignored',
                   'children': [{'name': 'vm1', 'uuid': '7a0b5648-0b7e-11ef-9c3a-0242ac120002', 'cpus': '4'}]}],
                 'tests': [{'seq_num': 1, 'uuid': '8b2c0f10-0b7e-11ef-9c3a-0242ac120002', 'group': 'Throughput',
                   'tag': 'Home page', 'category': '2 clients', 'metrics': 'pages/sec', 'less_better': false,
                   'scores': [110.2, 112.9, 111.4], 'deviations': [1.2, 0.8, 1.0], 'loops': 3000,
                   'binary': 'ab', 'duration_sec': 30, 'status': 'SUCCESS', 'errors': 0,
                   'links': {'log': 'https://logs/t1'}, 'attribs': {'branch': 'main', 'n': 3}}]}""");
        assertThat(job.uuid()).isEqualTo(UUID.fromString(UUID_TEXT));
        assertThat(job.title()).contains("Nightly web perf");
        assertThat(job.regressionTag()).contains("webapp-1.4");
        assertThat(job.links()).contains(Map.of("Jenkins", "https://ci/512/"));
        assertThat(job.begin()).contains(Instant.parse("2024-05-01T01:00:00Z"));
        assertThat(job.end()).contains(Instant.parse("2024-05-01T01:42:10Z"));
        EnvNode host = job.envNodes().get(0);
        assertThat(host.ramMb()).hasValue(131072);
        assertThat(host.children().get(0).cpus()).hasValue(4);
        TestResult test = job.tests().get(0);
        assertThat(test.scores()).containsExactly(110.2, 112.9, 111.4);
        assertThat(test.deviations()).containsExactly(1.2, 0.8, 1.0);
        assertThat(test.loops()).hasValue(3000);
        assertThat(test.attribs()).containsEntry("n", "3");
        assertThat(test.durationSec()).hasValue(30.0);
    }

    @Test
    void score_is_a_shortcut_for_one_score_and_failed_tests_need_none() {
        JobUpload job = parse(job("{'tag': 'login', 'score': 0.42}, {'tag': 'logout', 'status': 'FAILED',"
                + " 'errors': ['connection refused']}"));
        assertThat(job.tests().get(0).scores()).containsExactly(0.42);
        assertThat(job.tests().get(1).scores()).isEmpty();
        assertThat(job.tests().get(1).errors()).isEqualTo(1);
        assertThat(job.tests().get(1).errorMessages()).containsExactly("connection refused");
    }

    @Test
    void lenient_coercions_follow_the_reference_server() {
        JobUpload job = parser.parse("""
                {"uuid": "%s", "project_name": "Default project", "title": "T", "append": "yes",
                 "suite_ver": 7, "product_ver": "None", "links": "https://ci/1",
                 "tests": "[{\\"tag\\": \\"x\\", \\"scores\\": \\"[1, 2.5]\\", \\"loops\\": \\"12\\", \\"less_better\\": \\"True\\", \\"warnings\\": 2}]"}"""
                .formatted(UUID_TEXT).getBytes(StandardCharsets.UTF_8));
        assertThat(job.title()).contains("T");
        assertThat(job.append()).isTrue();
        assertThat(job.suiteVer()).contains("7");
        assertThat(job.productVer()).isEmpty();
        assertThat(job.links()).contains(Map.of("https://ci/1", "https://ci/1"));
        TestResult test = job.tests().get(0);
        assertThat(test.scores()).containsExactly(1.0, 2.5);
        assertThat(test.loops()).hasValue(12);
        assertThat(test.lessBetter()).isTrue();
        assertThat(test.warnings()).isEqualTo(2);
    }

    @Test
    void empty_test_objects_are_skipped_and_a_job_without_tests_is_valid() {
        assertThat(parse(job("{}, {'tag': 'a', 'score': 1}")).tests()).hasSize(1);
        assertThat(parse(job("")).tests()).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once_with_the_path_of_its_value() {
        InvalidUploadException e = refused("{'uuid': 'not-a-uuid', 'project_name': 'P', 'begin': '2024-05-01T01:00:00',"
                + " 'tests': [{'tag': 'a'}, {'tag': 'b', 'scores': [1, 'x']}, {'tag': 'c', 'score': 1,"
                + " 'status': 'PASS'}, {'score': 2}, 5]}");
        assertThat(e.errors()).containsOnlyKeys("uuid", "tests[0].scores", "tests[1].scores[1]",
                "tests[2].status", "tests[3].tag", "tests[4]", "begin");
        assertThat(e.errors().get("tests[2].status").get(0)).contains("'PASS'").contains("SUCCESS");
        assertThat(e.errors().get("begin").get(0)).contains("time zone");
        assertThat(e.getMessage()).startsWith("uuid: ").contains("more problems");
    }

    @Test
    void duplicate_test_keys_and_uuids_in_one_upload_are_refused() {
        InvalidUploadException e = refused(job("{'tag': 'a', 'group': 'g', 'score': 1},"
                + " {'tag': 'a', 'group': 'g', 'score': 2},"
                + " {'tag': 'b', 'uuid': '8b2c0f10-0b7e-11ef-9c3a-0242ac120002', 'score': 1},"
                + " {'tag': 'c', 'uuid': '8b2c0f10-0b7e-11ef-9c3a-0242ac120002', 'score': 1}"));
        assertThat(e.errors()).containsOnlyKeys("tests[1]", "tests[3].uuid");
        assertThat(e.errors().get("tests[1]").get(0)).contains("tests[0]");
    }

    @Test
    void malformed_json_and_wrong_shapes_are_refused_naming_the_body_or_field() {
        assertThat(refused("{'uuid': ").errors()).containsKey("body");
        assertThat(refused("[1, 2]").errors().get("body").get(0)).contains("object");
        assertThat(refused("{'project_name': 'P'}").errors()).containsOnlyKeys("uuid");
        assertThat(refused("{'uuid': '" + UUID_TEXT + "', 'project_name': 'P', 'tests': {'a': 1}}").errors())
                .containsOnlyKeys("tests");
        assertThat(refused(job("{'tag': {'x': 1}, 'score': 1}")).errors()).containsOnlyKeys("tests[0].tag");
        assertThat(refused(job("{'tag': 'x', 'score': 1, 'loops': 1.5e40}")).errors())
                .containsOnlyKeys("tests[0].loops");
    }

    @Test
    void absurd_lengths_are_refused_not_cut() {
        String longTag = "x".repeat(Limits.TAG + 1);
        InvalidUploadException e = refused(job("{'tag': '" + longTag + "', 'score': 1}"));
        assertThat(e.errors().get("tests[0].tag").get(0)).contains("513 characters").contains("512");
        String title = "t".repeat(Limits.TITLE + 1);
        assertThat(refused("{'uuid': '" + UUID_TEXT + "', 'project_name': 'P', 'job_title': '" + title + "'}")
                .errors()).containsOnlyKeys("job_title");
    }

    @Test
    void env_nodes_need_a_uuid_and_a_name_and_may_not_nest_endlessly() {
        InvalidUploadException e = refused("{'uuid': '" + UUID_TEXT + "', 'project_name': 'P',"
                + " 'env_nodes': [{'name': 'a'}, {'uuid': '7a0b51e2-0b7e-11ef-9c3a-0242ac120002'}]}");
        assertThat(e.errors()).containsOnlyKeys("env_nodes[0].uuid", "env_nodes[1].name");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < Limits.ENV_DEPTH + 1; i++) {
            deep.append("{'name': 'n").append(i).append("', 'uuid': '").append(UUID.randomUUID())
                    .append("', 'children': [");
        }
        deep.append("]}".repeat(Limits.ENV_DEPTH + 1));
        assertThatThrownBy(() -> parse("{'uuid': '" + UUID_TEXT + "', 'project_name': 'P', 'env_nodes': ["
                + deep + "]}")).isInstanceOf(InvalidUploadException.class).hasMessageContaining("nested");
    }

    @Test
    void host_keys_of_the_python_client_are_kept_and_its_ssh_credentials_are_not() {
        JobUpload job = parse("{'uuid': '" + UUID_TEXT + "', 'project_name': 'P', 'env_nodes': [{'name': 's1',"
                + " 'uuid': '7a0b51e2-0b7e-11ef-9c3a-0242ac120002', 'node_type': 'Host', 'model': 'PowerEdge R640',"
                + " 'hw_uuid': '4C4C4544-0042-3510-8051-B4C04F4E3132', 'serial_num': 9876543,"
                + " 'cpu_info': 'AMD EPYC @ 2.1GHz', 'ram_info': '8 x 16 GB DDR4', 'ssh_user': 'perf-ci',"
                + " 'ssh_password': 's3cret', 'children': [{'name': 'vm1',"
                + " 'uuid': '7a0b5648-0b7e-11ef-9c3a-0242ac120002', 'cpu_info': 'QEMU Virtual CPU', 'model': null}]"
                + "}]}");
        EnvNode host = job.envNodes().get(0);
        assertThat(host.machine()).isEqualTo(new EnvNode.Machine("PowerEdge R640",
                "4C4C4544-0042-3510-8051-B4C04F4E3132", "9876543", "AMD EPYC @ 2.1GHz", "8 x 16 GB DDR4"));
        assertThat(host.children().get(0).machine())
                .isEqualTo(new EnvNode.Machine("", "", "", "QEMU Virtual CPU", ""));
        assertThat(new String(new UploadWriter(mapper).toBytes(job), StandardCharsets.UTF_8))
                .contains("\"serial_num\":\"9876543\"").doesNotContain("s3cret").doesNotContain("perf-ci");
    }

    @Test
    void host_keys_that_are_too_long_or_not_text_are_refused_naming_the_field() {
        InvalidUploadException e = refused("{'uuid': '" + UUID_TEXT + "', 'project_name': 'P', 'env_nodes': ["
                + "{'name': 'a', 'uuid': '7a0b51e2-0b7e-11ef-9c3a-0242ac120002', 'children': [{'name': 'b',"
                + " 'uuid': '7a0b5648-0b7e-11ef-9c3a-0242ac120002', 'serial_num': '" + "x".repeat(Limits.NAME + 1)
                + "', 'hw_uuid': {'a': 1}, 'cpu_info': '" + "c".repeat(Limits.LONG_TEXT + 1) + "'}]},"
                + " {'name': 'c', 'uuid': '7a0b56de-0b7e-11ef-9c3a-0242ac120002', 'model': '" + "m".repeat(Limits.NAME)
                + "', 'ram_info': ['8 GB']}]}");
        assertThat(e.errors()).containsOnlyKeys("env_nodes[0].children[0].serial_num",
                "env_nodes[0].children[0].hw_uuid", "env_nodes[0].children[0].cpu_info", "env_nodes[1].ram_info");
        assertThat(e.errors().get("env_nodes[0].children[0].serial_num").get(0)).contains("257 characters")
                .contains("at most 256");
        assertThat(e.errors().get("env_nodes[1].ram_info").get(0)).contains("must be a string");
    }

    @Test
    void written_uploads_read_back_unchanged() {
        EnvNode.Machine machine = new EnvNode.Machine("PowerEdge R640", "4c4c4544-0042-3510-8051-b4c04f4e3132",
                "9XYZ123", "2 x Intel Xeon Gold 6248 @ 2.50GHz", "8 x 16 GB DDR4-2933");
        JobUpload original = Fixtures.job().product("app", "1.2").regressionTag("nightly").link("ci", "https://ci")
                .env(EnvNode.of("s1", "Host").withMachine(machine).withChildren(List.of(EnvNode.of("vm", "KVM VM")
                        .withMachine(new EnvNode.Machine("", "", "", "QEMU Virtual CPU", "")))))
                .test(TestResult.builder("login").group("latency").category("4 clients").metrics("ms")
                        .lessBetter(true).scores(1.5, 1.75).deviations(List.of(0.1, 0.2)).loops(10)
                        .addError("timeout").addWarning("slow").durationSec(2.5)
                        .uuid(UUID.randomUUID()).seqNum(1).attrib("k", "v").build())
                .build();
        byte[] json = new UploadWriter(mapper).toBytes(original);
        assertThat(parser.parse(json)).isEqualTo(original);
    }
}
