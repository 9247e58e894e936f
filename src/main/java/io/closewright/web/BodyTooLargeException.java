package io.closewright.web;

import java.io.IOException;

/** Thrown by a limited request body when a client sends more than the limit, whatever it announced. */
class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The exception in {@code e}'s cause chain, if the failure came from reading too much. */
    static java.util.Optional<BodyTooLargeException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
