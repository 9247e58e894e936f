package io.closewright.shared;

/** Conditional-request rules of the API: a change must say which version it changes. */
public final class Preconditions {

    private Preconditions() {}

    /**
     * Returns the {@code If-Match} value.
     *
     * @throws PreconditionRequiredException when the header is missing or blank (428)
     */
    public static String requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return ifMatch;
    }

    /** A change came without {@code If-Match}: the server cannot tell whether it would overwrite another. */
    public static class PreconditionRequiredException extends RuntimeException {
        public PreconditionRequiredException() {
            super("Send If-Match with the version you are changing (the ETag of your last read)");
        }
    }
}
