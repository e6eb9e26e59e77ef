package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The keys perftrackerlib's {@code ptHost} sends about a machine ({@code model}, {@code hw_uuid},
 * {@code serial_num}, {@code cpu_info}, {@code ram_info}) are stored with the env node and come back from the API,
 * the JSON download and the job page; the reference server drops them. Its {@code ssh_user} and
 * {@code ssh_password} are never stored.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EnvNodeMachineTest {
    private static final String JOB_UUID = "5d7e1c30-0b7e-11ef-9c3a-0242ac120002";
    private static final String HW_UUID = "4C4C4544-0042-3510-8051-B4C04F4E3132";
    private static final String HOST = """
            {"name": "s1", "uuid": "5d7e2000-0b7e-11ef-9c3a-0242ac120002", "node_type": "Host",
             "version": "CentOS 7.4", "ip": "192.168.0.1", "hostname": "server1.localdomain", "cpus": 128,
             "cpus_topology": "2S x 32C x 2T", "ram_mb": 524288, "model": "PowerEdge R7525",
             "hw_uuid": "%s", "serial_num": "9XYZ123", "cpu_info": "2 x AMD EPYC 7543 32-Core Processor",
             "ram_info": "16 x 32 GB DDR4-3200", "ssh_user": "perf-ci", "ssh_password": "s3cret-pw",
             "children": [{"name": "vm1", "uuid": "5d7e2001-0b7e-11ef-9c3a-0242ac120002", "node_type": "KVM VM",
               "cpus": 4, "cpu_info": "QEMU Virtual CPU", "ram_info": "<script>alert('ram')</script>"}]}"""
            .formatted(HW_UUID);

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static long jobId;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        RunningServer.Answer answer = server.post("/api/v1.0/1/job/", job(HOST));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        jobId = answer.json().get("id").asLong();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    /** A job as perftrackerlib uploads it, with these env nodes. */
    private static String job(String envNodes) {
        return """
                {"job_title": "Hosts", "project_name": "Default project", "project_id": 1, "uuid": "%s",
                 "begin": "2024-05-01T01:00:00+00:00", "end": "2024-05-01T01:10:00+00:00", "env_nodes": [%s],
                 "tests": [{"seq_num": 1, "tag": "login", "scores": [0.5], "status": "SUCCESS"}]}"""
                .formatted(JOB_UUID, envNodes);
    }

    private static JsonNode host() {
        return server.getJson("/api/v1.0/1/job/" + jobId).get("env_node").get(0);
    }

    @Test
    void the_job_answers_the_machine_keys_of_every_node_and_never_the_ssh_credentials() {
        RunningServer.Answer answer = server.get("/api/v1.0/1/job/" + jobId);
        JsonNode host = answer.json().get("env_node").get(0);
        assertThat(host.get("model").asText()).isEqualTo("PowerEdge R7525");
        assertThat(host.get("hw_uuid").asText()).isEqualTo(HW_UUID);
        assertThat(host.get("serial_num").asText()).isEqualTo("9XYZ123");
        assertThat(host.get("cpu_info").asText()).isEqualTo("2 x AMD EPYC 7543 32-Core Processor");
        assertThat(host.get("ram_info").asText()).isEqualTo("16 x 32 GB DDR4-3200");
        JsonNode vm = host.get("children").get(0);
        assertThat(vm.get("cpu_info").asText()).isEqualTo("QEMU Virtual CPU");
        assertThat(vm.get("ram_info").asText()).isEqualTo("<script>alert('ram')</script>");
        assertThat(vm.get("model").asText()).isEmpty();
        assertThat(vm.get("hw_uuid").asText()).isEmpty();
        assertThat(vm.get("serial_num").asText()).isEmpty();
        assertThat(answer.body()).doesNotContain("s3cret-pw").doesNotContain("perf-ci").doesNotContain("ssh_");
    }

    @Test
    void the_job_page_shows_each_machine_in_the_environment_tree_escaped() {
        String page = server.get("/1/job/" + jobId).body();
        assertThat(page).contains("PowerEdge R7525 · S/N 9XYZ123 · HW UUID " + HW_UUID)
                .contains("128 CPUs (2S x 32C x 2T) · 2 x AMD EPYC 7543 32-Core Processor · 512 GB RAM"
                        + " (16 x 32 GB DDR4-3200)")
                .contains("4 CPUs · QEMU Virtual CPU · RAM &lt;script&gt;alert('ram')&lt;/script&gt;")
                .doesNotContain("<script>alert('ram')").doesNotContain("s3cret-pw");
    }

    @Test
    void the_json_download_carries_the_keys_and_uploads_them_again() {
        RunningServer.Answer download = server.get("/1/job/" + jobId + "?as_json=1");
        JsonNode host = download.json().get("env_nodes").get(0);
        assertThat(host.get("serial_num").asText()).isEqualTo("9XYZ123");
        assertThat(host.get("children").get(0).get("cpu_info").asText()).isEqualTo("QEMU Virtual CPU");
        RunningServer.Answer again = server.post("/api/v1.0/1/job/", download.body());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(jobId);
        assertThat(host().get("hw_uuid").asText()).isEqualTo(HW_UUID);
        assertThat(host().get("ram_info").asText()).isEqualTo("16 x 32 GB DDR4-3200");
    }

    @Test
    void a_machine_key_too_long_is_refused_naming_it_and_the_stored_nodes_stay() {
        String tooLong = HOST.replace("\"9XYZ123\"", "\"" + "9".repeat(257) + "\"");
        RunningServer.Answer answer = server.post("/api/v1.0/1/job/", job(tooLong));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get("env_nodes[0].serial_num").get(0).asText())
                .contains("257 characters").contains("at most 256");
        String notText = HOST.replace("\"QEMU Virtual CPU\"", "{\"cores\": 4}");
        assertThat(server.post("/api/v1.0/1/job/", job(notText)).json().get("errors")
                .has("env_nodes[0].children[0].cpu_info")).isTrue();
        assertThat(host().get("serial_num").asText()).isEqualTo("9XYZ123");
    }

    @Test
    void nodes_uploaded_without_the_keys_answer_empty_text_and_the_page_leaves_them_out() {
        long plain = server.upload(Fixtures.job().uuid(UUID.randomUUID()).title("Plain")
                .env(EnvNode.of("bare", "Host")).test("a", 1).build()).json().get("id").asLong();
        JsonNode node = server.getJson("/api/v1.0/1/job/" + plain).get("env_node").get(0);
        for (String key : new String[] {"model", "hw_uuid", "serial_num", "cpu_info", "ram_info"}) {
            assertThat(node.get(key).asText()).as(key).isEmpty();
        }
        assertThat(server.get("/1/job/" + plain).body()).contains("<strong>bare</strong>")
                .doesNotContain("env-machine\"").doesNotContain("env-what\"");
    }
}
