package org.perftracker.client.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.perftracker.client.InvalidJobFileException;
import org.perftracker.client.JobFile;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.core.upload.JobUpload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pt upload FILE…}: uploads job files, such as the ones kept when the server could not be reached. */
@Command(name = "upload", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Upload job files: written by 'pt … --to-file', kept by pt when the server could not be "
                + "reached, or written by perftrackerlib's --pt-to-file.",
            "Options given here replace the file's values (e.g. --project after a refusal for an unknown project)."},
        footer = {"", "A kept file (in $PT_HOME/pending/ or ./" + PendingJobs.LOCAL_FOLDER + "/) is removed once "
                + "its job is stored.",
            "", "Examples:",
            "  pt upload ~/.perftracker/pending/20260501-020013-6f1c2a6e-….job.json",
            "  pt upload --pending",
            "", "Exit codes: 0 ok, 2 usage, 3 invalid file or server failure."})
public final class UploadCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    OutputOptions output;

    @Option(names = {"-p", "--project"}, paramLabel = "NAME", description = "Upload into this project instead.")
    String project;

    @Option(names = {"-t", "--title"}, paramLabel = "TITLE", description = "Give the job this title instead.")
    String title;

    @Option(names = {"-b", "--build"}, paramLabel = "VERSION", description = "Set the product version instead.")
    String build;

    @Option(names = "--tag", paramLabel = "TAG", description = "Set the regression tag instead.")
    String tag;

    @Option(names = "--pending", description = "Upload every kept job (oldest first).")
    boolean pending;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Job files.")
    List<Path> files = new ArrayList<>();

    public UploadCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        PendingJobs kept = new PendingJobs(invocation.home(), invocation.workingDirectory());
        List<Path> all = new ArrayList<>();
        files.forEach(f -> all.add(invocation.workingDirectory().resolve(f).normalize()));
        if (pending) {
            all.addAll(kept.all());
        }
        if (all.isEmpty()) {
            if (pending) {
                if (output.human()) {
                    invocation.out().println("No kept jobs in " + kept.folder());
                }
                return ExitCodes.OK;
            }
            throw new ParameterException(spec.commandLine(), "name a job file to upload, or --pending");
        }
        PerfTrackerClient client = server.client(invocation);
        Delivery delivery = new Delivery(invocation, server, output);
        int exit = ExitCodes.OK;
        for (Path file : all) {
            exit = Math.max(exit, uploadOne(file, kept, client, delivery));
        }
        return exit;
    }

    private int uploadOne(Path file, PendingJobs kept, PerfTrackerClient client, Delivery delivery) {
        JobUpload job;
        try {
            job = override(JobFile.read(file));
        } catch (InvalidJobFileException e) {
            invocation.err().println("pt: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        boolean isKept = kept.holds(file);
        if (isKept && (project != null || title != null || build != null || tag != null)) {
            JobFile.write(job, file);
        }
        int code = delivery.upload(job, client, Optional.of(file));
        if (code == ExitCodes.OK && isKept) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                invocation.err().println("pt: uploaded, but cannot remove the kept file " + file + ": "
                        + e.getMessage());
            }
        }
        return code;
    }

    private JobUpload override(JobUpload job) {
        return new JobUpload(job.uuid(), project != null ? project : job.projectName(),
                Optional.ofNullable(title).or(job::title), job.append(), job.edited(), job.cmdline(), job.suiteName(),
                job.suiteVer(), job.author(), job.productName(), Optional.ofNullable(build).or(job::productVer),
                Optional.ofNullable(tag).or(job::regressionTag), job.links(), job.begin(), job.end(), job.envNodes(),
                job.tests());
    }
}
