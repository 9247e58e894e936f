package io.closewright.risk;

/**
 * One risk signal of a deal.
 *
 * @param code what the signal is
 * @param detail what exactly, in words: which step, since when, how many
 */
public record RiskSignal(SignalCode code, String detail) {

    public String label() {
        return code.label();
    }
}
