package org.perftracker.client.artifact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.perftracker.client.ArtifactInfo;
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

/** {@code pt artifact delete}, {@code link}, {@code unlink} and {@code update}: changes to a stored artifact. */
public final class ArtifactChanges {
    private ArtifactChanges() {
    }

    /** {@code pt artifact delete UUID}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an artifact's content; downloads then answer that it was deleted.")
    public static final class Delete implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "UUID", description = "The artifact.")
        UUID uuid;

        public Delete(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            server.client(invocation).artifacts().delete(uuid);
            if (output.human()) {
                invocation.out().println("Deleted artifact " + uuid);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pt artifact link UUID OBJECT…}. */
    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Link an artifact to jobs or tests (their uuids).")
    public static final class Link extends Relink {
        public Link(Invocation invocation) {
            super(invocation, true);
        }
    }

    /** {@code pt artifact unlink UUID OBJECT…}. */
    @Command(name = "unlink", mixinStandardHelpOptions = true,
            description = "Unlink an artifact from jobs or tests (their uuids).")
    public static final class Unlink extends Relink {
        public Unlink(Invocation invocation) {
            super(invocation, false);
        }
    }

    /** What link and unlink share. */
    abstract static class Relink implements Callable<Integer> {
        private final Invocation invocation;
        private final boolean link;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(index = "0", paramLabel = "UUID", description = "The artifact.")
        UUID uuid;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "OBJECT", description = "Uuids of jobs or tests.")
        List<UUID> objects;

        Relink(Invocation invocation, boolean link) {
            this.invocation = invocation;
            this.link = link;
        }

        @Override
        public Integer call() {
            PerfTrackerClient client = server.client(invocation);
            ArtifactInfo a = link ? client.artifacts().link(uuid, objects) : client.artifacts().unlink(uuid, objects);
            if (output.json()) {
                invocation.out().println(a.json().toPrettyString());
            } else if (!output.quiet()) {
                invocation.out().println("Artifact " + uuid + " is linked to " + (a.links().isEmpty() ? "nothing"
                        : String.join(", ", a.links())));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pt artifact update UUID}. */
    @Command(name = "update", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Change an artifact's name, description, type, time to live or inline flag.")
    public static final class Update implements Callable<Integer> {
        private final Invocation invocation;

        @Spec
        CommandSpec spec;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "UUID", description = "The artifact.")
        UUID uuid;

        @Option(names = {"-d", "--description"}, paramLabel = "TEXT", description = "What the file is.")
        String description;

        @Option(names = {"-f", "--filename"}, paramLabel = "NAME", description = "The name it downloads as.")
        String filename;

        @Option(names = {"-m", "--mime"}, paramLabel = "TYPE", description = "Its type.")
        String mime;

        @Option(names = "--ttl-days", paramLabel = "N", description = "Keep it N days from now.")
        Integer ttlDays;

        @Option(names = {"-i", "--inline"}, negatable = true, description = "Show it in the browser (or not).")
        Boolean inline;

        public Update(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            ObjectNode change = new ObjectMapper().createObjectNode();
            if (description != null) {
                change.put("description", description);
            }
            if (filename != null) {
                change.put("filename", filename);
            }
            if (mime != null) {
                change.put("mime", mime);
            }
            if (ttlDays != null) {
                change.put("ttl_days", ttlDays);
            }
            if (inline != null) {
                change.put("inline", inline);
            }
            if (change.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "nothing to change: give --description, "
                        + "--filename, --mime, --ttl-days or --inline");
            }
            ArtifactInfo a = server.client(invocation).artifacts().update(uuid, change);
            if (output.json()) {
                invocation.out().println(a.json().toPrettyString());
            } else if (!output.quiet()) {
                invocation.out().println("Updated artifact " + a.uuid() + ": " + a.filename() + ", " + a.mime()
                        + ", expires " + TextTable.time(a.expires()) + " UTC");
            }
            return ExitCodes.OK;
        }
    }
}
