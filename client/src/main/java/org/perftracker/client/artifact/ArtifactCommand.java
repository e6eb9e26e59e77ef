package org.perftracker.client.artifact;

import java.nio.file.Files;
import java.nio.file.Path;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.cli.Invocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pt artifact upload|info|download|delete|link|unlink|update|list}: files on the server linked to jobs and
 * tests, as perftrackerlib's {@code pt-artifact-ctl} handles them, with pt's exit codes (a refusal or a missing
 * artifact is 3, not 0).
 */
@Command(name = "artifact", mixinStandardHelpOptions = true,
        description = "Store files (logs, dumps, flame graphs) on the server, linked to jobs and tests.",
        subcommands = {UploadArtifact.class, ArtifactReads.Info.class, ArtifactReads.Download.class,
            ArtifactChanges.Delete.class, ArtifactChanges.Link.class, ArtifactChanges.Unlink.class,
            ArtifactChanges.Update.class, ArtifactReads.ListArtifacts.class},
        footer = {"", "Exit codes: 0 ok, 2 usage, 3 refused by the server, not found, or the server unreachable."})
public final class ArtifactCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** @return the file, which must be a readable regular file (a usage error otherwise) */
    static Path readable(CommandSpec spec, Invocation invocation, String file) {
        Path path = invocation.resolve(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ParameterException(spec.commandLine(), file + ": no such file, or it cannot be read");
        }
        return path;
    }

    static String contentUrl(PerfTrackerClient client, String uuid) {
        return client.settings().baseUrl() + "/0/artifact_content/" + uuid;
    }
}
