package io.closewright.notify;

/** A channel could not deliver; {@code permanent} when trying again cannot help. */
class DeliveryFailedException extends Exception {

    private final boolean permanent;

    DeliveryFailedException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
