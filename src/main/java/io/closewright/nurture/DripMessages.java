package io.closewright.nurture;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes a drip email: from the workspace's sender, replies to the deal's owner, the filled-in text with
 * an unsubscribe line at the foot, and the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}
 * headers (RFC 2369 and RFC 8058) so that mail programs offer one-click unsubscribing.
 */
@Component
class DripMessages {

    private final UnsubscribeLinks links;
    private final NurtureSettings settings;

    DripMessages(UnsubscribeLinks links, NurtureSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    MimeMessage write(JavaMailSender sender, OutgoingEmail email) throws MessagingException {
        String url = links.url(links.token(email.workspaceId(), email.id()));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(email.recipient());
        try {
            helper.setReplyTo(email.values().repEmail(), email.values().repName());
        } catch (UnsupportedEncodingException e) {
            helper.setReplyTo(email.values().repEmail());
        }
        helper.setSubject(email.filledSubject());
        helper.setText(email.filledBody() + "\n\n--\nYou receive these emails from "
                + email.values().workspaceName() + ". To get no more of them, open " + url);
        message.setHeader("List-Unsubscribe", "<" + url + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Closewright-Drip", String.valueOf(email.id()));
        return message;
    }
}
