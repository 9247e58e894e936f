package io.closewright.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a notification to a webhook as Slack-compatible JSON ({@code text} in Slack's markup, which
 * Slack's incoming webhooks show as is) with the notice's fields under {@code closewright} for other
 * receivers, signed with the webhook's secret (see {@link WebhookSignature}) and carrying
 * {@code X-Closewright-Delivery}, the same on every retry of one delivery. Before each post the address is
 * checked again by {@link WebhookAddressPolicy} (an internal one is given up, an unresolvable host retried). Any 2xx answer counts as
 * delivered; anything else, or no answer in time, is a failure to retry.
 */
@Component
class WebhookChannel {

    static final String DELIVERY_HEADER = "X-Closewright-Delivery";

    private final Webhooks webhooks;
    private final WebhookAddressPolicy addresses;
    private final NotifySettings settings;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http;

    WebhookChannel(Webhooks webhooks, WebhookAddressPolicy addresses, NotifySettings settings, Clock clock) {
        this.webhooks = webhooks;
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void send(Deliveries.Due due) throws DeliveryFailedException {
        WebhookView hook =
                due.webhookId() == null ? null : webhooks.byId(due.webhookId()).orElse(null);
        if (hook == null) {
            throw new DeliveryFailedException("the webhook was removed", true);
        }
        if (!hook.enabled()) {
            throw new DeliveryFailedException("the webhook is switched off", true);
        }
        URI url = URI.create(hook.url());
        try {
            java.util.Optional<String> refused = addresses.refusalOnSend(url);
            if (refused.isPresent()) {
                throw new DeliveryFailedException("the webhook's address is refused: it " + refused.get(), true);
            }
        } catch (java.net.UnknownHostException e) {
            throw new DeliveryFailedException("the webhook's host could not be resolved", false);
        }
        String body = json.writeValueAsString(payload(due));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Closewright-Webhooks")
                .header(DELIVERY_HEADER, String.valueOf(due.id()))
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(WebhookSignature.HEADER, WebhookSignature.of(hook.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status = post(request);
        if (status < 200 || status > 299) {
            throw new DeliveryFailedException("the webhook answered HTTP " + status, false);
        }
    }

    private int post(HttpRequest request) throws DeliveryFailedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailedException(
                    "the webhook could not be reached: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted", false);
        }
    }

    Map<String, Object> payload(Deliveries.Due due) {
        StringBuilder text = new StringBuilder("*").append(slack(due.title())).append("*");
        if (!due.body().isBlank()) {
            text.append("\n").append(slack(due.body()));
        }
        String url = due.link() == null ? null : settings.baseUrl() + due.link();
        if (url != null) {
            text.append("\n<").append(url).append("|Open in Closewright>");
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("notificationId", due.notificationId());
        notice.put("kind", due.kind());
        notice.put("title", due.title());
        notice.put("body", due.body());
        notice.put("url", url);
        notice.put("opportunityId", due.opportunityId());
        notice.put("recipientId", due.recipientId());
        notice.put("recipientName", due.recipientName());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", text.toString());
        payload.put("closewright", notice);
        return payload;
    }

    private static String slack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
