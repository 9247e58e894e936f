package io.closewright.nurture;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the drip emails that are due, each exactly once however many instances run this at the same
 * time: one {@code UPDATE} claims a batch of due rows for this run (a row another run claimed first no
 * longer matches), each claimed email is sent and then marked sent. A failed attempt is recorded with
 * its error and tried again later, up to {@link NurtureSettings#maxAttempts()}; an email claimed by an
 * instance that died is released after {@link NurtureSettings#claimTimeout()}. Without a mail server
 * configured nothing is claimed: emails wait, and the pages say so.
 */
@Component
class DripSender {

    private static final Logger LOG = LoggerFactory.getLogger(DripSender.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final DripMessages messages;
    private final OutgoingEmails outgoing;
    private final NurtureSettings settings;
    private final Clock clock;

    DripSender(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            DripMessages messages,
            OutgoingEmails outgoing,
            NurtureSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.outgoing = outgoing;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a mail server is configured, so drip emails can go out at all. */
    boolean canSend() {
        return mail.getIfAvailable() != null;
    }

    /** Sends every email due now (up to one batch); returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        outgoing.releaseAbandoned(now.minus(settings.claimTimeout()));
        outgoing.cancelUnsubscribed();
        String claim = UUID.randomUUID().toString();
        if (outgoing.claim(claim, now, settings.batchSize()) == 0) {
            return 0;
        }
        int sent = 0;
        for (OutgoingEmail email : outgoing.claimed(claim)) {
            sent += send(sender, email, claim) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutgoingEmail email, String claim) {
        if (email.subject() == null) {
            outgoing.cancel(email.id(), claim, "The campaign no longer has this step");
            return false;
        }
        try {
            sender.send(messages.write(sender, email));
        } catch (MailException | MessagingException e) {
            failed(email, claim, e);
            return false;
        }
        jdbc.sql("UPDATE nurture_email SET status = 'SENT', sent_at = ?, subject = ?, attempts = attempts + 1,"
                        + " last_error = NULL WHERE id = ? AND claimed_by = ?")
                .params(Timestamp.from(clock.instant()), cut(email.filledSubject(), 200), email.id(), claim)
                .update();
        return true;
    }

    private void failed(OutgoingEmail email, String claim, Exception e) {
        int attempts = email.attempts() + 1;
        boolean last = attempts >= settings.maxAttempts();
        Instant next = clock.instant().plus(settings.retryDelay().multipliedBy(attempts));
        String error = cut(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 1000);
        LOG.warn("Drip email {} to {} failed (attempt {}): {}", email.id(), email.recipient(), attempts, error);
        jdbc.sql("UPDATE nurture_email SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                        + " claimed_by = NULL WHERE id = ? AND claimed_by = ?")
                .params(last ? "FAILED" : "PENDING", attempts, Timestamp.from(next), error, email.id(), claim)
                .update();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
