package io.closewright.imports;

import io.closewright.opportunity.StageView;
import io.closewright.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the source's stage names to the workspace's stages: the user's choice first, then what the
 * preset knows ("Closed Won" is {@code won}), then a stage of the same key or name. A stage nobody
 * mapped stays unmapped, and its rows are reported, not guessed.
 */
final class StageMapping {

    private final Map<String, StageView> byKey = new LinkedHashMap<>();
    private final Preset preset;
    private final Map<String, String> chosen;

    StageMapping(Preset preset, List<StageView> stages, Map<String, String> chosen) {
        this.preset = preset;
        stages.forEach(s -> byKey.put(s.key(), s));
        this.chosen = chosen;
        chosen.forEach((source, key) -> {
            if (!key.isBlank() && !byKey.containsKey(key)) {
                throw new RuleViolationException(
                        "stageMap",
                        "stage '" + ImportedValues.shorten(source) + "' is mapped to '" + ImportedValues.shorten(key)
                                + "', which is not a stage here");
            }
        });
    }

    /** The stage rows in {@code source} go to, if any. */
    Optional<StageView> target(String source) {
        String picked = chosen.get(source);
        if (picked != null && !picked.isBlank()) {
            return Optional.of(byKey.get(picked));
        }
        Optional<StageView> known = preset.stageKey(source).map(byKey::get);
        if (known.isPresent()) {
            return known;
        }
        String wanted = source.trim().toLowerCase(Locale.ROOT);
        return byKey.values().stream()
                .filter(s -> s.key().equals(wanted)
                        || s.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The closed stage for a deal the file says was won ({@code true}) or lost ({@code false}). */
    Optional<StageView> closing(boolean won) {
        return byKey.values().stream().filter(s -> s.closed() && s.won() == won).findFirst();
    }

    List<StageView> stages() {
        return List.copyOf(byKey.values());
    }
}
