package io.closewright.risk;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When risk recommends {@code MOVE_TO_NURTURE} (stale, and pushed or past its date) and the reason a
 * "Move to nurture" form proposes for it, naming those signals.
 */
final class NurtureReason {

    private static final List<SignalCode> UNRIPE =
            List.of(SignalCode.STALE, SignalCode.CLOSE_DATE_PUSHED, SignalCode.CLOSE_DATE_PAST);

    private NurtureReason() {}

    static boolean recommended(Collection<SignalCode> codes) {
        return codes.contains(SignalCode.STALE)
                && (codes.contains(SignalCode.CLOSE_DATE_PUSHED) || codes.contains(SignalCode.CLOSE_DATE_PAST));
    }

    /** "Not ripe: stale, close date pushed" from the signals' codes. */
    static String fromCodes(Collection<SignalCode> codes) {
        return "Not ripe: "
                + UNRIPE.stream()
                        .filter(codes::contains)
                        .map(c -> c.label().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "));
    }

    /** "Not ripe: no activity for 20 days; the close date was pushed 3 times" from the signals' details. */
    static String fromSignals(List<RiskSignal> signals) {
        return "Not ripe: "
                + UNRIPE.stream()
                        .flatMap(code -> signals.stream().filter(s -> s.code() == code))
                        .map(s -> lowerFirst(s.detail()))
                        .collect(Collectors.joining("; "));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
