package org.perftracker.server.regression.notify;

import java.util.List;

/**
 * How the server tells people about alerts: e-mail through an SMTP server (when a host and recipients are set),
 * links in messages, and how webhook and e-mail deliveries are retried.
 *
 * @param smtpTo recipients of alert e-mails
 * @param smtpStartTls whether to upgrade the SMTP connection with STARTTLS (required when set)
 * @param publicUrl the address people reach the server at, e.g. {@code https://perf.example.com}; empty: messages
 *     carry no links
 * @param retryBaseMillis the wait after the first failed attempt; each further failure doubles it
 * @param maxAttempts attempts before a delivery is given up and marked failed
 */
public record Notifications(String smtpHost, int smtpPort, String smtpFrom, List<String> smtpTo, String smtpUser,
        String smtpPassword, boolean smtpStartTls, String publicUrl, long retryBaseMillis, int maxAttempts) {

    public Notifications {
        smtpTo = List.copyOf(smtpTo);
        if (smtpPort < 1 || smtpPort > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1..65535, got " + smtpPort);
        }
        if (retryBaseMillis < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("need retryBaseMillis >= 1 and maxAttempts >= 1");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** No e-mail, no links; deliveries retried after 2 s, 4 s, 8 s, 16 s and 32 s, then given up. */
    public static Notifications defaults() {
        return new Notifications("", 25, "", List.of(), "", "", false, "", 2000, 6);
    }

    public boolean emailEnabled() {
        return !smtpHost.isBlank() && !smtpTo.isEmpty();
    }

    public Notifications withSmtp(String host, int port, String from, List<String> to) {
        return new Notifications(host, port, from, to, smtpUser, smtpPassword, smtpStartTls, publicUrl,
                retryBaseMillis, maxAttempts);
    }

    public Notifications withSmtpLogin(String user, String password, boolean startTls) {
        return new Notifications(smtpHost, smtpPort, smtpFrom, smtpTo, user, password, startTls, publicUrl,
                retryBaseMillis, maxAttempts);
    }

    public Notifications withPublicUrl(String url) {
        return new Notifications(smtpHost, smtpPort, smtpFrom, smtpTo, smtpUser, smtpPassword, smtpStartTls, url,
                retryBaseMillis, maxAttempts);
    }

    public Notifications withRetries(long baseMillis, int attempts) {
        return new Notifications(smtpHost, smtpPort, smtpFrom, smtpTo, smtpUser, smtpPassword, smtpStartTls,
                publicUrl, baseMillis, attempts);
    }
}
