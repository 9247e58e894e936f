package io.closewright.risk;

import io.closewright.risk.SignalCode.Severity;
import java.util.List;

/**
 * The level of a deal from its signals (docs/adr/0012): HIGH with any major signal (plan off track,
 * close date passed) or three signals or more; MEDIUM with any moderate signal or two minor ones; LOW
 * otherwise, which includes one minor signal.
 */
final class RiskLevelPolicy {

    private RiskLevelPolicy() {}

    static RiskLevel level(List<RiskSignal> signals) {
        long major = count(signals, Severity.MAJOR);
        long moderate = count(signals, Severity.MODERATE);
        long minor = count(signals, Severity.MINOR);
        if (major > 0 || signals.size() >= 3) {
            return RiskLevel.HIGH;
        }
        if (moderate > 0 || minor >= 2) {
            return RiskLevel.MEDIUM;
        }
        return RiskLevel.LOW;
    }

    private static long count(List<RiskSignal> signals, Severity severity) {
        return signals.stream().filter(s -> s.code().severity() == severity).count();
    }
}
