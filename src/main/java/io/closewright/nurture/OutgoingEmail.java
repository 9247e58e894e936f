package io.closewright.nurture;

/**
 * A claimed drip email with everything needed to write it: the step's subject and body (null when the
 * campaign no longer has the step) and the values of its placeholders.
 */
record OutgoingEmail(
        long id,
        long workspaceId,
        int attempts,
        String recipient,
        String subject,
        String body,
        DripText.Recipient values) {

    String filledSubject() {
        return DripText.fill(subject, values);
    }

    String filledBody() {
        return DripText.fill(body, values);
    }
}
