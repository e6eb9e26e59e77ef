package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.core.upload.JobUpload;

/**
 * Speaks the server's API: uploads jobs, lists projects and jobs, reads one job, compares jobs; {@link #artifacts()}
 * and {@link #locks()} for files and lab hosts.
 *
 * <pre>{@code
 * PerfTrackerClient client = new PerfTrackerClient(ClientSettings.of("http://127.0.0.1:9000"));
 * UploadReceipt receipt = client.upload(job);   // a JobUpload, e.g. from JobBuilder
 * System.out.println(receipt.jobUrl());         // http://127.0.0.1:9000/1/job/17
 * }</pre>
 *
 * <p>Every request has the settings' timeouts and carries the API token when there is one. Connection errors and
 * server errors (5xx) are retried with backoff ({@link RetryPolicy}); when every attempt failed the call throws
 * {@link ServerUnreachableException}. A refusal (4xx) is not retried: {@link RequestRefusedException} carries the
 * server's message and the fields it names. A client is safe to share between threads.
 */
public final class PerfTrackerClient {
    private static final Pattern JOB_ID_IN_TEXT = Pattern.compile("job (\\d+) has been (\\w+)");

    private final ClientSettings settings;
    private final Sender sender;

    public PerfTrackerClient(ClientSettings settings) {
        this(settings, Sender.Sleeper.REAL);
    }

    PerfTrackerClient(ClientSettings settings, Sender.Sleeper sleeper) {
        this.settings = settings;
        this.sender = new Sender(settings, sleeper);
    }

    public ClientSettings settings() {
        return settings;
    }

    /** @return the artifacts on the server: upload, download, link, delete, list */
    public ArtifactClient artifacts() {
        return new ArtifactClient(settings, sender);
    }

    /** @return the locks on the lab's hosts: acquire, release, list */
    public LockClient locks() {
        return new LockClient(settings, sender);
    }

    /**
     * Uploads a job: {@code POST /api/v1.0/0/job/}. Uploading the same job (same uuid) again replaces its tests,
     * or adds to them when the job is an {@link JobUpload#append() append}.
     *
     * @return the server's receipt, with the job's id and page
     * @throws ServerUnreachableException when no attempt reached a working server
     * @throws RequestRefusedException when the server refused the job (e.g. an unknown project)
     */
    public UploadReceipt upload(JobUpload job) {
        byte[] body = JobFile.toBytes(job);
        HttpRequest.Builder request = sender.request("/api/v1.0/0/job/")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> answer = sender.send("upload the job", request);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        JsonNode json = Json.readOrNull(text);
        long id;
        String message;
        String result;
        if (json != null && json.has("id")) {
            id = json.path("id").asLong();
            message = json.path("message").asText("");
            result = json.path("result").asText("");
        } else {
            // the reference server answers text: "OK, job 17 has been created"
            Matcher m = JOB_ID_IN_TEXT.matcher(text);
            id = m.find() ? Long.parseLong(m.group(1)) : 0;
            result = id > 0 ? m.group(2) : "";
            message = text.trim();
        }
        return new UploadReceipt(message, id, job.uuid(), result, jobUrl(projectIdOf(job.projectName()), id));
    }

    /**
     * Uploads a job file, as {@link JobFile#write} or {@code perftrackerlib --pt-to-file} writes it.
     *
     * @throws InvalidJobFileException when the file is not a valid job
     */
    public UploadReceipt upload(Path jobFile) {
        return upload(JobFile.read(jobFile));
    }

    /** @return every project: {@code GET /api/v1.0/0/project/} */
    public List<ProjectRef> projects() {
        JsonNode list = getJson("list the projects", "/api/v1.0/0/project/");
        List<ProjectRef> out = new ArrayList<>();
        list.forEach(p -> out.add(new ProjectRef(p.path("id").asLong(), p.path("name").asText(""))));
        return out;
    }

    /**
     * @param projectId a project's id, 0 for every project
     * @param start how many of the newest jobs to skip
     * @param length how many jobs to return
     * @param search text to look for in the jobs' titles, versions and other fields; empty for every job
     * @return a page of jobs, newest first
     */
    public JobPage jobs(long projectId, int start, int length, String search) {
        String query = "?start=" + start + "&length=" + length
                + (search == null || search.isEmpty() ? "" : "&search%5Bvalue%5D=" + encode(search));
        JsonNode page = getJson("list the jobs", "/api/v1.0/" + projectId + "/job/" + query);
        List<JobSummary> jobs = new ArrayList<>();
        page.path("data").forEach(row -> jobs.add(JobSummary.fromJson(row)));
        return new JobPage(page.path("recordsTotal").asLong(), page.path("recordsFiltered").asLong(), jobs, page);
    }

    /** @return one job as the server shows it, with its environment and links */
    public JsonNode job(long id) {
        return getJson("read job " + id, "/api/v1.0/0/job/" + id);
    }

    /** @return the tests of a job, in their order: rows with group, tag, category, metrics, avg_score, … */
    public JsonNode tests(long jobId) {
        return getJson("read the tests of job " + jobId, "/api/v1.0/0/job/" + jobId + "/group/0/test/?length=-1")
                .path("data");
    }

    /**
     * Compares jobs, or reads a saved comparison, as the server computes it: {@code GET
     * /api/v1.0/0/comparison/result?jobs=17,18&format=text} (or {@code …/comparison/<id>/result}).
     *
     * @return the comparison in the format asked for, with the counts of regressions and failures of the whole
     *     comparison
     * @throws RequestRefusedException when the server refused the query (e.g. a job that does not exist)
     */
    public ComparisonReport compare(ComparisonQuery query) {
        HttpResponse<byte[]> answer = sender.send("compare the jobs", sender.request(query.path()).GET());
        return new ComparisonReport(new String(answer.body(), StandardCharsets.UTF_8),
                count(answer, "X-Comparison-Regressions"), count(answer, "X-Comparison-Failed"));
    }

    private static int count(HttpResponse<?> answer, String header) {
        try {
            return answer.headers().firstValue(header).map(String::trim).map(Integer::parseInt).orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return the id of the project with this name; 0 ("every project") when the server does not list it */
    public long projectIdOf(String projectName) {
        try {
            return projects().stream().filter(p -> p.name().equals(projectName)).mapToLong(ProjectRef::id)
                    .findFirst().orElse(0);
        } catch (PerfTrackerException e) {
            return 0;
        }
    }

    /** @return the page of a job: {@code <url>/<project id>/job/<id>} */
    public String jobUrl(long projectId, long jobId) {
        return settings.baseUrl() + "/" + projectId + "/job/" + jobId;
    }

    private JsonNode getJson(String what, String path) {
        HttpResponse<byte[]> answer = sender.send(what, sender.request(path).GET());
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        JsonNode json = Json.readOrNull(text);
        if (json == null) {
            throw new PerfTrackerException("cannot " + what + ": the server at " + settings.baseUrl()
                    + " answered something that is not JSON: " + Sender.abbreviate(text));
        }
        return json;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
