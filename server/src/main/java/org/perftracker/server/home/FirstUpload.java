package org.perftracker.server.home;

import java.util.List;
import java.util.UUID;

/**
 * How to upload a first job to this server, with its address filled in: the commands an empty server's home
 * page shows.
 *
 * @param serverUrl the address the viewer reached this server at, e.g. {@code http://127.0.0.1:9000}
 */
public record FirstUpload(String serverUrl, String projectName, List<Step> steps) {

    /** One way to upload: what it is, and the command to run. */
    public record Step(String title, String command, String note) {
    }

    public FirstUpload {
        steps = List.copyOf(steps);
    }

    /** @param jobUuid the uuid the curl example uploads (a new one per page, so each paste makes a job) */
    public static FirstUpload of(String serverUrl, String projectName, UUID jobUuid) {
        String job = "{\n"
                + "  \"uuid\": \"" + jobUuid + "\",\n"
                + "  \"project_name\": \"" + jsonText(projectName) + "\",\n"
                + "  \"job_title\": \"My first job\",\n"
                + "  \"product_name\": \"My app\", \"product_ver\": \"1.0.0\",\n"
                + "  \"tests\": [\n"
                + "    {\"tag\": \"Home page\", \"category\": \"1 client\", \"metrics\": \"requests/s\",\n"
                + "     \"scores\": [110.2, 112.9, 111.4]},\n"
                + "    {\"tag\": \"Home page latency\", \"category\": \"1 client\", \"metrics\": \"ms\",\n"
                + "     \"less_better\": true, \"scores\": [9.1, 8.8, 9.4]}\n"
                + "  ]\n"
                + "}";
        String curl = "curl -H 'Content-Type: application/json' -X POST " + serverUrl + "/api/v1.0/1/job/ -d "
                + shellQuoted(job);
        String python = "python3 examples/pt_suite_example_fake.py --pt-url " + serverUrl
                + " --pt-project " + shellQuoted(projectName) + " --pt-title Nightly";
        String pt = "./pt run --url " + serverUrl + " --project " + shellQuoted(projectName)
                + " -- ab -n 100 -c 1 -k http://your-app/";
        return new FirstUpload(serverUrl, projectName, List.of(
                new Step("Upload a small job with curl", curl, "Run it twice with the same uuid to replace the job."),
                new Step("Upload from the Python client perftrackerlib", python,
                        "Any perftrackerlib suite takes --pt-url and --pt-project."),
                new Step("Run a benchmark tool and upload what it prints", pt,
                        "pt wraps ab, wrk, hey, JMH, k6, … and uploads their results as a job."),
                new Step("See every page populated with a demo project", "./pt server --demo",
                        "Loads a few weeks of nightly jobs of a demo web shop, once.")));
    }

    /** @return the text as one shell word: {@code it's} → {@code 'it'\''s'} */
    static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
