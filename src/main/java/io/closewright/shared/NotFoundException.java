package io.closewright.shared;

/**
 * A record does not exist or the caller may not see it. Both answer alike (404), so that nobody can
 * learn that another team's record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
