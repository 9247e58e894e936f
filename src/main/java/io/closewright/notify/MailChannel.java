package io.closewright.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by email over SMTP. The mail sender exists only when {@code spring.mail.host} is
 * set; without it nothing is sent and the delivery says so. Each message carries a {@code Message-ID}
 * made from its delivery, so a mail system can tell a resend from a new message.
 */
@Component
class MailChannel {

    static final String NOT_CONFIGURED = "no mail server is set up on this server (spring.mail.host)";

    private final ObjectProvider<JavaMailSender> sender;
    private final NotifySettings settings;

    MailChannel(ObjectProvider<JavaMailSender> sender, NotifySettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(Deliveries.Due due) throws DeliveryFailedException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new DeliveryFailedException(NOT_CONFIGURED, true);
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(due.target());
            helper.setSubject(due.title());
            helper.setText(text(due), false);
            message.saveChanges();
            message.setHeader("Message-ID", "<notification-" + due.id() + "." + due.workspaceId() + "@closewright>");
            message.setHeader("X-Closewright-Kind", due.kind());
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException("mail: " + e.getMessage(), false);
        }
    }

    private String text(Deliveries.Due due) {
        StringBuilder text =
                new StringBuilder("Hello ").append(due.recipientName()).append(",\n\n");
        text.append(due.title()).append("\n");
        if (!due.body().isBlank()) {
            text.append("\n").append(due.body()).append("\n");
        }
        if (due.link() != null) {
            text.append("\nOpen it: ")
                    .append(settings.baseUrl())
                    .append(due.link())
                    .append("\n");
        }
        text.append("\nChoose what reaches you by email: ")
                .append(settings.baseUrl())
                .append("/settings/notifications\n");
        return text.toString();
    }
}
