package org.perftracker.client.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.perftracker.client.JobFile;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.RequestRefusedException;
import org.perftracker.client.ServerUnreachableException;
import org.perftracker.client.UploadReceipt;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.core.upload.JobUpload;

/**
 * Gets a job to where it goes: a file ({@code --to-file}) or the server. When the server cannot be reached, or
 * refuses the job, the job is kept in {@link PendingJobs} and the user is told how to send it later, so that a
 * night's results are never lost to a server that was down.
 */
public final class Delivery {
    private final Invocation invocation;
    private final ServerOptions server;
    private final OutputOptions output;

    public Delivery(Invocation invocation, ServerOptions server, OutputOptions output) {
        this.invocation = invocation;
        this.server = server;
        this.output = output;
    }

    /**
     * @param toFile a job file to write instead of uploading; {@code "-"} for standard output
     * @return {@link ExitCodes#OK} when the job was written or stored, {@link ExitCodes#FAILURE} when it was kept
     */
    public int deliver(JobUpload job, Optional<String> toFile) {
        return deliver(job, toFile, Attachments.NONE);
    }

    /**
     * As {@link #deliver(JobUpload, Optional)}; once the job is stored, the attachments go up linked to it.
     *
     * @return {@link ExitCodes#FAILURE} also when the job was stored but an attachment was not
     */
    public int deliver(JobUpload job, Optional<String> toFile, Attachments attachments) {
        if (toFile.isPresent() && toFile.get().equals("-")) {
            invocation.out().println(new String(JobFile.toBytes(job), StandardCharsets.UTF_8));
            attachments.notUploaded(invocation, job.uuid());
            return ExitCodes.OK;
        }
        if (toFile.isPresent()) {
            Path file = invocation.resolve(toFile.get());
            JobFile.write(job, file);
            report("written", job, file.toString(), "", "Job written to " + file + " (" + tests(job)
                    + "); upload it with: pt upload " + file);
            attachments.notUploaded(invocation, job.uuid());
            return ExitCodes.OK;
        }
        return upload(job, server.client(invocation), Optional.empty(), attachments);
    }

    /**
     * Uploads a job; when it came from a kept file, that file is removed once the job is stored.
     *
     * @return {@link ExitCodes#OK} when stored, else {@link ExitCodes#FAILURE} with the job kept
     */
    public int upload(JobUpload job, PerfTrackerClient client, Optional<Path> keptIn) {
        return upload(job, client, keptIn, Attachments.NONE);
    }

    private int upload(JobUpload job, PerfTrackerClient client, Optional<Path> keptIn, Attachments attachments) {
        UploadReceipt receipt;
        try {
            receipt = client.upload(job);
        } catch (ServerUnreachableException e) {
            attachments.notUploaded(invocation, job.uuid());
            return keep(job, keptIn, e.getMessage(), "upload it later with");
        } catch (RequestRefusedException e) {
            attachments.notUploaded(invocation, job.uuid());
            boolean credentials = e.status() == 401 || e.status() == 403;
            return keep(job, keptIn, "the server refused the job: " + e.getMessage().replace('\n', ' '),
                    credentials ? "with a token that may upload, upload it with"
                            : "once fixed (options such as --project override the file's), upload it with");
        }
        ObjectNode json = receiptJson(receipt, job);
        if (!output.json() && !output.quiet()) {
            invocation.out().println("Job " + receipt.jobId() + " " + receipt.result() + " (" + tests(job)
                    + "): " + receipt.jobUrl());
        }
        boolean attached = attachments.isEmpty()
                || attachments.upload(client, job.uuid(), invocation, output.quiet(), json.putArray("artifacts"));
        if (output.json()) {
            print(json);
        }
        return attached ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private int keep(JobUpload job, Optional<Path> keptIn, String why, String how) {
        Path file = keptIn.orElseGet(() -> new PendingJobs(invocation.home(), invocation.workingDirectory())
                .keep(job));
        String where = keptIn.isPresent() ? "the results stay in " : "the results are kept in ";
        invocation.err().println("pt: " + why + "; " + where + file + "; " + how + ": pt upload " + file);
        if (output.json()) {
            ObjectNode json = mapper().createObjectNode().put("result", "kept").put("file", file.toString())
                    .put("error", why).put("tests", job.tests().size());
            print(json);
        }
        return ExitCodes.FAILURE;
    }

    private void report(String result, JobUpload job, String file, String url, String human) {
        if (output.json()) {
            ObjectNode json = mapper().createObjectNode().put("result", result).put("file", file)
                    .put("uuid", job.uuid().toString()).put("tests", job.tests().size());
            if (!url.isEmpty()) {
                json.put("url", url);
            }
            print(json);
        } else if (!output.quiet()) {
            invocation.out().println(human);
        }
    }

    private ObjectNode receiptJson(UploadReceipt receipt, JobUpload job) {
        return mapper().createObjectNode().put("result", receipt.result()).put("id", receipt.jobId())
                .put("uuid", receipt.uuid().toString()).put("url", receipt.jobUrl())
                .put("tests", job.tests().size()).put("message", receipt.message());
    }

    private void print(ObjectNode json) {
        invocation.out().println(json.toPrettyString());
        invocation.out().flush();
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper();
    }

    private static String tests(JobUpload job) {
        int n = job.tests().size();
        return n + " test" + (n == 1 ? "" : "s");
    }
}
