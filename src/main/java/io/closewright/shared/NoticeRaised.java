package io.closewright.shared;

/**
 * Something a user should be told, raised by any module: an automation rule that notifies a rep, a
 * nurtured deal whose contact came back, an import that finished. The {@code notify} module delivers it
 * through the channels the recipient chose for its {@code kind} (in-app inbox, email, webhook); a module
 * that raises it neither knows nor cares how.
 *
 * @param workspaceId the recipient's workspace
 * @param recipientId the user to tell
 * @param kind a stable, lower-case code for the kind of notice ({@code "rule"}, {@code "nurture-reply"}, ...),
 *     which the recipient's preferences are keyed by
 * @param title one line, shown as the inbox entry and the email subject
 * @param body the detail, plain text; may be empty
 * @param link a path inside the application to open ({@code "/opportunities/42"}), or {@code null}
 * @param opportunityId the deal it is about, or {@code null}
 * @param dedupKey identifies the occurrence, so the same notice raised twice is delivered once; {@code null}
 *     when every raise is a new occurrence
 */
public record NoticeRaised(
        long workspaceId,
        long recipientId,
        String kind,
        String title,
        String body,
        String link,
        Long opportunityId,
        String dedupKey) {}
