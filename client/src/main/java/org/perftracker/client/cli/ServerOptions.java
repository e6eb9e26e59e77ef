package org.perftracker.client.cli;

import org.perftracker.client.ClientSettings;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.RetryPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --url} and {@code --token}: which server to talk to, and as whom. */
public final class ServerOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--url", paramLabel = "URL",
            description = "The PerfTracker server (default: $PT_URL, else " + ClientSettings.DEFAULT_URL + "). A token"
                    + " in it, as perftrackerlib takes it (http://ci:TOKEN@host:9000), is sent as HTTP Basic.")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token, sent as 'Authorization: Bearer TOKEN' (default: $PT_TOKEN).")
    String token;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Send a request again up to N times after a connection error or a server error (5xx), "
                    + "waiting 1 s, 2 s, 4 s, … up to 8 s in between (default: ${DEFAULT-VALUE}).")
    int retries;

    /** @return the settings from the options, else the environment, else the defaults */
    public ClientSettings settings(Invocation invocation) {
        String u = url != null ? url : invocation.variable("PT_URL").orElse(ClientSettings.DEFAULT_URL);
        ClientSettings settings;
        try {
            settings = ClientSettings.of(u);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), (url != null ? "--url: " : "PT_URL: ")
                    + e.getMessage());
        }
        if (retries < 0) {
            throw new ParameterException(mixee.commandLine(), "--retries must be 0 or more, got " + retries);
        }
        RetryPolicy standard = RetryPolicy.standard();
        return settings.withToken(token != null ? token : invocation.variable("PT_TOKEN").orElse(null))
                .withRetry(new RetryPolicy(retries + 1, standard.firstBackoff(), standard.maxBackoff()));
    }

    public PerfTrackerClient client(Invocation invocation) {
        return new PerfTrackerClient(settings(invocation));
    }
}
