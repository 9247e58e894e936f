package io.closewright.notify;

import io.closewright.ask.BuyerCommented;
import io.closewright.ask.BuyerCompletedStep;
import io.closewright.shared.NoticeRaised;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes in what users are to be told, after the change that raised it committed, each in its own
 * transaction recorded by the event publication registry (so a crash before it finished has it
 * re-delivered on restart): stores the notification once per recipient and {@code dedupKey} and writes an
 * outbox row per email and webhook the recipient's preferences ask for. Sending is left to
 * {@link DeliverySender}. The buyer's comments and completed steps are told to the deal's owner.
 */
@Component
class NoticeIntake {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);

    private final Recipients recipients;
    private final Preferences preferences;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final MailChannel mail;

    NoticeIntake(
            Recipients recipients,
            Preferences preferences,
            Inbox inbox,
            Deliveries deliveries,
            Webhooks webhooks,
            MailChannel mail) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(NoticeRaised notice) {
        accept(notice);
    }

    @ApplicationModuleListener
    void on(BuyerCommented event) {
        String deal = recipients.dealName(event.opportunityId());
        accept(new NoticeRaised(
                event.workspaceId(),
                event.ownerId(),
                "buyer-comment",
                "The buyer commented on " + deal,
                event.body(),
                "/opportunities/" + event.opportunityId(),
                event.opportunityId(),
                null));
    }

    @ApplicationModuleListener
    void on(BuyerCompletedStep event) {
        String deal = recipients.dealName(event.opportunityId());
        accept(new NoticeRaised(
                event.workspaceId(),
                event.ownerId(),
                "buyer-step",
                "The buyer finished '" + recipients.stepTitle(event.opportunityId(), event.stepKey()) + "' on " + deal,
                "They did it on the shared close plan; the plan is re-projected from it.",
                "/opportunities/" + event.opportunityId(),
                event.opportunityId(),
                "buyer-step:" + event.opportunityId() + ":" + event.stepKey()));
    }

    /** Stores the notice and its deliveries; answers the notification's id, empty for a repeat or a stranger. */
    Optional<Long> accept(NoticeRaised notice) {
        Optional<Recipients.Recipient> recipient = recipients.active(notice.workspaceId(), notice.recipientId());
        if (recipient.isEmpty()) {
            LOG.info(
                    "Dropped a '{}' notice for user {}: not an active user of workspace {}",
                    notice.kind(),
                    notice.recipientId(),
                    notice.workspaceId());
            return Optional.empty();
        }
        Set<Channel> channels = preferences.channels(notice.recipientId(), notice.kind());
        Optional<Long> stored = inbox.store(notice, channels.contains(Channel.INBOX));
        stored.ifPresent(id -> enqueue(notice, id, recipient.get(), channels));
        return stored;
    }

    private void enqueue(NoticeRaised notice, long id, Recipients.Recipient recipient, Set<Channel> channels) {
        if (channels.contains(Channel.EMAIL)) {
            boolean ready = mail.available();
            deliveries.enqueue(
                    notice.workspaceId(),
                    id,
                    Channel.EMAIL,
                    recipient.email(),
                    null,
                    ready ? Deliveries.Status.PENDING : Deliveries.Status.SKIPPED,
                    ready ? null : MailChannel.NOT_CONFIGURED);
        }
        for (Webhooks.Target target : webhooks.targets(
                notice.workspaceId(), notice.recipientId(), notice.kind(), channels.contains(Channel.WEBHOOK))) {
            deliveries.enqueue(
                    notice.workspaceId(),
                    id,
                    Channel.WEBHOOK,
                    target.url(),
                    target.webhookId(),
                    Deliveries.Status.PENDING,
                    null);
        }
    }
}
