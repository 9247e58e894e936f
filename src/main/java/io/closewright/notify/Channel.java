package io.closewright.notify;

/** The ways a notice reaches its recipient. */
enum Channel {
    INBOX,
    EMAIL,
    WEBHOOK
}
