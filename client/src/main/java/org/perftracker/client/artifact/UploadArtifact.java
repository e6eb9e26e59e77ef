package org.perftracker.client.artifact;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.perftracker.client.ArtifactInfo;
import org.perftracker.client.ArtifactUpload;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.client.cli.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pt artifact upload FILE}: stores a file on the server, streamed, optionally compressed on the way. */
@Command(name = "upload", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Upload a file as an artifact, streamed (a file of any size needs little memory).",
            "Prints the artifact's uuid and where to download it."},
        footer = {"", "Examples:", "  pt artifact upload server.log --link 6f1c2a6e-0b7e-11ef-9c3a-0242ac120002",
            "  pt artifact upload heap.hprof --compress --ttl-days 14 --description \"heap at the end\""})
public final class UploadArtifact implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to upload.")
    String file;

    @Option(names = "--link", paramLabel = "UUID", split = ",",
            description = "Link it to this job or test (its uuid); repeatable.")
    List<UUID> links = List.of();

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT", description = "What the file is.")
    String description = "";

    @Option(names = "--ttl-days", paramLabel = "N",
            description = "Keep it N days (default: the server's, 180).")
    Integer ttlDays;

    @Option(names = {"-i", "--inline"}, description = "Show it in the browser rather than download it "
            + "(text, images and PDF; other types are always downloaded).")
    boolean inline;

    @Option(names = {"-z", "--compress"}, description = "bzip2-compress it on the way; the server stores it "
            + "compressed and decompresses it on download.")
    boolean compress;

    @Option(names = "--uuid", paramLabel = "UUID", description = "Store it under this uuid (default: a new one)"
            + "; an artifact with this uuid gets the new content.")
    UUID uuid;

    @Option(names = {"-f", "--filename"}, paramLabel = "NAME", description = "The name it downloads as "
            + "(default: the file's).")
    String filename;

    @Option(names = {"-m", "--mime"}, paramLabel = "TYPE", description = "Its type, e.g. text/plain "
            + "(default: guessed by the server from the name).")
    String mime;

    public UploadArtifact(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path path = ArtifactCommand.readable(spec, invocation, file);
        if (ttlDays != null && ttlDays < 0) {
            throw new ParameterException(spec.commandLine(), "--ttl-days must be 0 or more, got " + ttlDays);
        }
        ArtifactUpload upload = ArtifactUpload.of(path).description(description).inline(inline)
                .compressed(compress).linkedTo(links.toArray(UUID[]::new));
        upload = uuid == null ? upload : upload.uuid(uuid);
        upload = filename == null ? upload : upload.filename(filename);
        upload = mime == null ? upload : upload.mime(mime);
        upload = ttlDays == null ? upload : upload.ttlDays(ttlDays);
        PerfTrackerClient client = server.client(invocation);
        ArtifactInfo stored = client.artifacts().upload(upload);
        if (output.json()) {
            invocation.out().println(stored.json().toPrettyString());
        } else if (!output.quiet()) {
            invocation.out().println(stored.uuid());
            invocation.err().println("pt: stored " + stored.filename() + " (" + TextTable.bytes(stored.size())
                    + (stored.compression() ? " compressed" : "") + ") as artifact " + stored.uuid() + ": "
                    + ArtifactCommand.contentUrl(client, stored.uuid()));
        }
        return ExitCodes.OK;
    }
}
