package org.perftracker.server.regression.notify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a webhook is told: new regressions, new improvements, triage changes. */
public enum WebhookEvents {
    REGRESSION, IMPROVEMENT, TRIAGE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String words() {
        return String.join(", ", Arrays.stream(values()).map(WebhookEvents::word).toList());
    }

    /** @return the events of a stored list ("regression,triage") */
    static List<String> parseStored(String stored) {
        List<String> events = new ArrayList<>();
        for (String e : stored.split(",")) {
            if (!e.isBlank()) {
                events.add(e.trim());
            }
        }
        return events;
    }
}
