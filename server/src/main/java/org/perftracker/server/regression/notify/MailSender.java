package org.perftracker.server.regression.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Sends plain-text e-mail through the configured SMTP server (Jakarta Mail), with bounded timeouts. */
final class MailSender {
    private static final String TIMEOUT_MS = "10000";

    private final Notifications settings;
    private final Session session;

    MailSender(Notifications settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        props.put("mail.smtp.auth", Boolean.toString(!settings.smtpUser().isEmpty()));
        if (settings.smtpStartTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        this.session = Session.getInstance(props);
    }

    NotificationRepository.Attempt send(Notices.Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.smtpFrom().isEmpty() ? "perftracker@localhost"
                    : settings.smtpFrom()));
            for (String to : mail.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.text(), "UTF-8");
            if (settings.smtpUser().isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.smtpUser(), settings.smtpPassword());
            }
            return new NotificationRepository.Attempt(true, false, null, "");
        } catch (MessagingException e) {
            return new NotificationRepository.Attempt(false, false, null, "SMTP: " + e.getMessage());
        }
    }
}
