package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** The plain rules of the notify module: back-off, signatures, webhook input, kinds and a server without mail. */
class NotifyRulesTests {

    static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    /** No DNS here: names do not resolve (accepted on save), IP literals are judged as they are. */
    static final WebhookAddressPolicy POLICY = new WebhookAddressPolicy(List.of(), host -> {
        if (host.matches("[0-9.]+|.*:.*")) {
            return java.net.InetAddress.getAllByName(host);
        }
        throw new java.net.UnknownHostException(host);
    });

    @Test
    void retriesWaitTwiceAsLongAfterEachFailureThenGiveUp() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMinutes(1));
        assertThat(policy.nextAttempt(1, AT)).contains(AT.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(2, AT)).contains(AT.plus(Duration.ofMinutes(2)));
        assertThat(policy.nextAttempt(3, AT)).contains(AT.plus(Duration.ofMinutes(4)));
        assertThat(policy.nextAttempt(4, AT)).isEmpty();
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSignatureIsTheHmacOfTimestampAndBody() {
        // echo -n '1700000000.{"text":"hi"}' | openssl dgst -sha256 -hmac 'secret'
        assertThat(WebhookSignature.of("secret", 1700000000L, "{\"text\":\"hi\"}"))
                .isEqualTo("sha256=3ad1ab8e3e2036926574b48bb349a6926291abb28309d44d18066d4f51de2112");
        assertThat(WebhookSignature.of("secret", 1, "a")).isNotEqualTo(WebhookSignature.of("secret", 2, "a"));
        assertThat(WebhookSignature.of("secret", 1, "a")).isNotEqualTo(WebhookSignature.of("other", 1, "a"));
    }

    @Test
    void aWebhookNeedsAnHttpAddressAndAWorkspaceWebhookItsKinds() {
        assertThat(new WebhookChange(" https://hooks.slack.com/x ", null, true, List.of())
                        .checked(false, POLICY)
                        .url())
                .isEqualTo("https://hooks.slack.com/x");
        assertThatThrownBy(() -> new WebhookChange("javascript:alert(1)", null, true, List.of()).checked(false, POLICY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("url"));
        assertThatThrownBy(() ->
                        new WebhookChange("https://x.example.com", "tiny", true, List.of()).checked(false, POLICY))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                        () -> new WebhookChange("https://x.example.com", null, true, List.of()).checked(true, POLICY))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new WebhookChange("https://x.example.com", null, true, List.of("ESCALATION", "escalation"))
                        .checked(true, POLICY)
                        .kinds())
                .containsExactly("escalation");
    }

    @Test
    void kindsHaveDefaultsAndUnknownKindsGoToTheInbox() {
        assertThat(NoticeKinds.defaults("slip-alert")).contains(Channel.INBOX, Channel.EMAIL);
        assertThat(NoticeKinds.defaults("rule")).containsExactly(Channel.INBOX);
        assertThat(NoticeKinds.defaults("import-finished")).containsExactly(Channel.INBOX);
        assertThat(NoticeKinds.label("import-finished")).isEqualTo("import-finished");
    }

    @Test
    void withoutAMailServerNothingIsSentAndTheDeliverySaysWhy() {
        NotifySettings settings = new NotifySettings(
                "http://localhost:8080",
                "no-reply@example.com",
                Duration.ofSeconds(10),
                50,
                6,
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofSeconds(10),
                List.of());
        MailChannel mail =
                new MailChannel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), settings);
        assertThat(mail.available()).isFalse();
        Deliveries.Due due = new Deliveries.Due(
                1, 1, 1, Channel.EMAIL, "rep@example.com", null, 0, "rule", "t", "b", null, null, 1, "Rep");
        assertThatThrownBy(() -> mail.send(due))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("no mail server")
                .satisfies(e ->
                        assertThat(((DeliveryFailedException) e).permanent()).isTrue());
    }

    @Test
    void deliveriesReadInWords() {
        assertThat(new DeliveryView("EMAIL", "SENT", 1, AT, null).summary()).isEqualTo("Emailed");
        assertThat(new DeliveryView("WEBHOOK", "PENDING", 2, null, "HTTP 500").summary())
                .isEqualTo("Webhook failing, retrying (2 attempts)");
        assertThat(new DeliveryView("EMAIL", "SKIPPED", 0, null, "no mail server").summary())
                .isEqualTo("Email not sent: no mail server");
    }
}
