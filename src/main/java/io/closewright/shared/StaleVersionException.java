package io.closewright.shared;

/**
 * The caller changed a record from an out-of-date version (412): someone else saved it in between.
 * Nothing was changed.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else (now at version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
