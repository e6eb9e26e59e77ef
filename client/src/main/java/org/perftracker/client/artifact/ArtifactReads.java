package org.perftracker.client.artifact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.perftracker.client.ArtifactInfo;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.cli.CommandFailure;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.client.cli.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pt artifact info}, {@code download} and {@code list}: what is stored, and its content. */
public final class ArtifactReads {
    private ArtifactReads() {
    }

    /** {@code pt artifact info UUID}. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Show an artifact's metadata.")
    public static final class Info implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "UUID", description = "The artifact.")
        UUID uuid;

        public Info(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            PerfTrackerClient client = server.client(invocation);
            ArtifactInfo a = client.artifacts().info(uuid);
            if (output.json()) {
                invocation.out().println(a.json().toPrettyString());
            } else if (!output.quiet()) {
                field("uuid", a.uuid());
                field("file", a.filename());
                field("size", TextTable.bytes(a.size()) + (a.compression() ? " (stored bzip2-compressed)" : ""));
                field("type", a.mime() + (a.inline() ? ", shown in the browser" : ""));
                field("description", a.description());
                field("uploaded", TextTable.time(a.uploaded()) + " UTC");
                field("expires", TextTable.time(a.expires()) + " UTC (" + a.ttlDays() + " days)");
                field("sha256", a.sha256());
                field("links", String.join(", ", a.links()));
                field("state", a.deleted() ? "deleted" : "stored");
                field("download", ArtifactCommand.contentUrl(client, a.uuid()));
            }
            return ExitCodes.OK;
        }

        private void field(String name, String value) {
            if (!value.isEmpty()) {
                invocation.out().printf("%-12s %s%n", name, value);
            }
        }
    }

    /** {@code pt artifact download UUID [FILE]}. */
    @Command(name = "download", mixinStandardHelpOptions = true,
            description = {"Download an artifact's content (decompressed when it was uploaded compressed).",
                "FILE defaults to the artifact's name in this directory; '-' writes to standard output."})
    public static final class Download implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(index = "0", paramLabel = "UUID", description = "The artifact.")
        UUID uuid;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "Where to write it.")
        String file;

        @Option(names = "--force", description = "Replace FILE when it exists.")
        boolean force;

        public Download(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() throws IOException {
            PerfTrackerClient client = server.client(invocation);
            if ("-".equals(file)) {
                invocation.out().flush();
                client.artifacts().download(uuid, new NonClosing(System.out));
                System.out.flush();
                return ExitCodes.OK;
            }
            String name = file != null ? file : Path.of(client.artifacts().info(uuid).filename()).getFileName()
                    .toString();
            Path target = invocation.resolve(name);
            if (Files.exists(target) && !force) {
                throw new CommandFailure(ExitCodes.USAGE, target + " exists; name another file or add --force");
            }
            Path parent = target.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            long bytes;
            try (OutputStream out = Files.newOutputStream(partial)) {
                bytes = client.artifacts().download(uuid, out);
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (!output.quiet()) {
                invocation.err().println("pt: wrote " + TextTable.bytes(bytes) + " to " + target);
            }
            if (output.json()) {
                invocation.out().println(new ObjectMapper().createObjectNode().put("file", target.toString())
                        .put("bytes", bytes).toPrettyString());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pt artifact list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List artifacts, newest first.")
    public static final class ListArtifacts implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "Show at most N (default: ${DEFAULT-VALUE}).")
        int limit;

        public ListArtifacts(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            List<ArtifactInfo> list = server.client(invocation).artifacts().list(0, Math.max(1, limit));
            if (output.json()) {
                ArrayNode array = new ObjectMapper().createArrayNode();
                list.forEach(a -> array.add(a.json()));
                invocation.out().println(array.toPrettyString());
            } else if (!output.quiet()) {
                TextTable table = new TextTable(Set.of(2, 5), "UUID", "FILE", "SIZE", "UPLOADED (UTC)",
                        "EXPIRES (UTC)", "LINKS");
                list.forEach(a -> table.row(a.uuid(), a.filename(), TextTable.bytes(a.size()),
                        TextTable.time(a.uploaded()), TextTable.time(a.expires()), String.valueOf(a.links().size())));
                table.print(invocation.out());
            }
            return ExitCodes.OK;
        }
    }

    /** Standard output for a download: the download ends, standard output stays open. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
