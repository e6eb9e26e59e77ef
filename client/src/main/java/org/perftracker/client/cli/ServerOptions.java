package org.perftracker.client.cli;

import org.perftracker.client.ClientSettings;
import org.perftracker.client.PerfTrackerClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --url} and {@code --token}: which server to talk to, and as whom. */
public final class ServerOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--url", paramLabel = "URL",
            description = "The PerfTracker server (default: $PT_URL, else " + ClientSettings.DEFAULT_URL + ").")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token, sent as 'Authorization: Bearer TOKEN' (default: $PT_TOKEN).")
    String token;

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
        return settings.withToken(token != null ? token : invocation.variable("PT_TOKEN").orElse(null));
    }

    public PerfTrackerClient client(Invocation invocation) {
        return new PerfTrackerClient(settings(invocation));
    }
}
