package io.closewright.shared;

/** The request is valid but the record's current state does not allow it (409). */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
