package io.closewright.closeplan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plan template as pages and the API show it; {@code id} is its key, such as {@code standard}. */
public record TemplateView(
        String id,
        String name,
        @Nullable String description,
        @Nullable String stage,
        List<StepDraft> steps,
        long version) {

    public int totalDays() {
        return steps.stream().mapToInt(StepDraft::durationDays).sum();
    }
}
