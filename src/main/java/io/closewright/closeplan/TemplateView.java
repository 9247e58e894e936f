package io.closewright.closeplan;

import java.util.List;

/** A plan template as pages and the API show it; {@code id} is its key, such as {@code standard}. */
public record TemplateView(
        String id, String name, String description, String stage, List<StepDraft> steps, long version) {

    public int totalDays() {
        return steps.stream().mapToInt(StepDraft::durationDays).sum();
    }
}
