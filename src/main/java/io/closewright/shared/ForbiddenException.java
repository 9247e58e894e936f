package io.closewright.shared;

/**
 * The caller may see the record but not do this to it (403), such as changing an activity someone else
 * logged. A record the caller may not see at all is a {@link NotFoundException} instead.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
