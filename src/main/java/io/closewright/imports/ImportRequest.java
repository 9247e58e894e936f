package io.closewright.imports;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the user uploads and chooses: the preset, the main file and optional companion files (product
 * prices, sales teams, accounts), the column for any field (generic CSV), and how unknown stages and
 * owners map ({@code stageMap}: source stage to stage key; {@code ownerMap}: source owner to a user id,
 * an email or {@code new}). {@code source} names a generic file's origin for idempotency (default csv).
 */
record ImportRequest(
        Preset preset,
        @Nullable String source,
        @Nullable String fileName,
        byte[] file,
        byte @Nullable [] products,
        byte @Nullable [] teams,
        byte @Nullable [] accounts,
        Map<DealField, String> columns,
        Map<String, String> stageMap,
        Map<String, String> ownerMap) {

    /** The source name that, with each row's id, identifies what was imported before. */
    String sourceName() {
        if (preset == Preset.GENERIC && source != null && !source.isBlank()) {
            return source.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        }
        return preset.source;
    }
}
