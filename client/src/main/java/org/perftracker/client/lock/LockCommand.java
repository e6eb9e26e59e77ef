package org.perftracker.client.lock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.perftracker.client.LockClient;
import org.perftracker.client.LockInfo;
import org.perftracker.client.cli.CommandFailure;
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

/**
 * {@code pt lock acquire|release|list}: lab hosts held by a CI job for the time it measures, so that nothing else
 * runs on them. Taking hosts is all or nothing; a host held by another lock makes {@code acquire} exit with 3 and
 * say who holds it and until when.
 */
@Command(name = "lock", mixinStandardHelpOptions = true,
        description = "Take, release and list locks on the lab's hosts.",
        subcommands = {LockCommand.Acquire.class, LockCommand.Release.class, LockCommand.ListLocks.class},
        footer = {"", "Example, in a CI job:",
            "  id=$(pt lock acquire --host perf-01 --hours 4 --title \"nightly #$BUILD\" --wait 1800) || exit 3",
            "  trap 'pt lock release $id' EXIT",
            "", "Exit codes: 0 ok, 2 usage, 3 a host is taken (or the server refused or could not be reached)."})
public final class LockCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code pt lock acquire}. */
    @Command(name = "acquire", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Lock hosts now for some hours; prints the lock's id on standard output.",
                "All the hosts or none: when one is held by another lock, nothing is taken."})
    public static final class Acquire implements Callable<Integer> {
        /** The first wait between attempts with --wait; it doubles up to {@link #MAX_BACKOFF}. */
        static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
        static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

        private final Invocation invocation;

        @Spec
        CommandSpec spec;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Option(names = "--host", paramLabel = "NAME", required = true, split = ",",
                description = "A host to lock, by name (or id); repeatable.")
        List<String> hosts;

        @Option(names = "--hours", paramLabel = "N", required = true, description = "How long to hold them.")
        int hours;

        @Option(names = "--title", paramLabel = "TEXT", required = true,
                description = "What they are held for, e.g. \"nightly perf #512\".")
        String title;

        @Option(names = "--type", paramLabel = "NAME", description = "The lock type, by name (default: none).")
        String type;

        @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
                description = "While a host is taken, try again for up to this long, waiting 1 s, 2 s, 4 s, … up "
                        + "to 30 s between attempts (default: ${DEFAULT-VALUE}, do not wait).")
        int waitSeconds;

        public Acquire(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (hours < 1 || waitSeconds < 0 || title.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--hours must be at least 1, --wait 0 or more, and "
                        + "--title not empty");
            }
            LockClient locks = server.client(invocation).locks();
            if (type != null && !locks.types().contains(type)) {
                throw CommandFailure.failure("no lock type '" + type + "' on the server; known: "
                        + String.join(", ", locks.types()));
            }
            HostWait wait = new HostWait(Duration.ofSeconds(waitSeconds), FIRST_BACKOFF, MAX_BACKOFF);
            LockInfo lock = wait.acquire(() -> locks.acquire(title.strip(), hours, hosts, Optional.ofNullable(type)),
                    message -> {
                        if (!output.quiet()) {
                            invocation.err().println("pt: " + message);
                            invocation.err().flush();
                        }
                    });
            if (output.json()) {
                invocation.out().println(lock.json().toPrettyString());
            } else {
                invocation.out().println(lock.id());
                if (!output.quiet()) {
                    invocation.err().println("pt: lock " + lock.id() + " holds " + String.join(", ", hosts)
                            + " until " + TextTable.time(lock.plannedEnd()) + " UTC; release it with: pt lock release "
                            + lock.id());
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pt lock release ID}. */
    @Command(name = "release", mixinStandardHelpOptions = true, description = "Release a lock: its hosts are free.")
    public static final class Release implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "ID", description = "The lock's id, as acquire printed it.")
        long id;

        public Release(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            LockInfo lock = server.client(invocation).locks().release(id);
            if (output.json()) {
                invocation.out().println(lock.json().toPrettyString());
            } else if (!output.quiet()) {
                invocation.out().println("Released lock " + id + " (" + lock.title() + ")");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pt lock list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List locks, newest first.")
    public static final class ListLocks implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Option(names = "--active", description = "Only the locks that hold their hosts now.")
        boolean active;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "Show at most N (default: ${DEFAULT-VALUE}).")
        int limit;

        public ListLocks(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            LockClient locks = server.client(invocation).locks();
            List<LockInfo> list = locks.list(active, Math.max(1, limit));
            if (output.json()) {
                ArrayNode array = new ObjectMapper().createArrayNode();
                list.forEach(l -> array.add(l.json()));
                invocation.out().println(array.toPrettyString());
            } else if (!output.quiet()) {
                Map<Long, String> names = locks.hostNames();
                TextTable table = new TextTable(Set.of(0), "ID", "TITLE", "TYPE", "OWNER", "HOSTS", "FROM (UTC)",
                        "UNTIL (UTC)", "STATE");
                for (LockInfo l : list) {
                    table.row(String.valueOf(l.id()), l.title(), l.type(), l.owner(), String.join(",", l.hostIds()
                                    .stream().map(h -> names.getOrDefault(h, "#" + h)).toList()),
                            TextTable.time(l.begin()), TextTable.time(l.end().isEmpty() ? l.plannedEnd() : l.end()),
                            l.active() ? "held" : "released");
                }
                table.print(invocation.out());
            }
            return ExitCodes.OK;
        }
    }
}
