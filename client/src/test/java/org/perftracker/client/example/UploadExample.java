package org.perftracker.client.example;

import java.nio.file.Path;
import java.util.List;
import org.perftracker.client.ClientSettings;
import org.perftracker.client.JobBuilder;
import org.perftracker.client.JobFile;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.ServerUnreachableException;
import org.perftracker.client.UploadReceipt;
import org.perftracker.client.env.LocalHost;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

/**
 * How a Java program uploads its own measurements: build a job, add tests, upload it, and keep it in a file when
 * the server cannot be reached. Kept compiling, and run, by {@code UploadExampleTest}.
 */
public final class UploadExample {
    private UploadExample() {
    }

    /**
     * @param server e.g. {@code ClientSettings.of("http://perf.example.com:9000").withToken(System.getenv("PT_TOKEN"))}
     * @return the job's page, or the file the job was kept in
     */
    public static String run(ClientSettings server, Path keepIn) {
        JobUpload job = JobBuilder.create("Nightly 1.4.0-512")
                .project("Default project")
                .product("Web app", "1.4.0-512")
                .suite("nightly", "3")
                .regressionTag("nightly")
                .link("Grafana", "https://grafana.example.com/d/web-app")
                .envNode(LocalHost.detect())
                .add(TestResult.builder("Requests per second").group("http://app/").category("4 clients")
                        .metrics("requests/s").scores(1210.5, 1198.2, 1224.9).build())
                .add(TestResult.builder("Latency p99").group("http://app/").category("4 clients")
                        .metrics("ms").lessBetter(true).scores(12.1, 11.8, 12.6).deviations(List.of(0.4, 0.3, 0.5))
                        .addWarning("one slow response").build())
                .build();
        PerfTrackerClient client = new PerfTrackerClient(server);
        try {
            UploadReceipt receipt = client.upload(job);
            return receipt.jobUrl();
        } catch (ServerUnreachableException e) {
            JobFile.write(job, keepIn);   // later: client.upload(keepIn), or `pt upload FILE`
            return keepIn.toString();
        }
    }
}
