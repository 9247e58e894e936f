package io.closewright.closeplan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Changes to a plan's list of steps as the deal page makes them; the result is checked when it is saved. */
final class PlanEdits {

    private PlanEdits() {}

    static StepDraft draft(PlanStepView s) {
        return new StepDraft(
                s.key(), s.title(), s.owner(), s.durationDays(), s.dependsOn(), s.involves(), s.assigneeContactId());
    }

    /** The plan's steps as drafts, in schedule order: the order of the rows on the page. */
    static List<StepDraft> drafts(PlanView plan) {
        return plan.steps().stream().map(PlanEdits::draft).toList();
    }

    static int indexOf(List<StepDraft> drafts, String key) {
        int index = indexOrMinus(drafts, key);
        if (index < 0) {
            throw new io.closewright.shared.NotFoundException("Step", key);
        }
        return index;
    }

    static List<StepDraft> replacing(List<StepDraft> drafts, int index, StepDraft step) {
        List<StepDraft> next = new ArrayList<>(drafts);
        next.set(index, step);
        return next;
    }

    static List<StepDraft> adding(List<StepDraft> drafts, StepDraft step) {
        List<StepDraft> next = new ArrayList<>(drafts);
        next.add(step);
        return next;
    }

    /** Removes a step; the steps that waited on it wait on what it waited on instead, so the order holds. */
    static List<StepDraft> removing(List<StepDraft> drafts, int index) {
        StepDraft gone = drafts.get(index);
        List<StepDraft> next = new ArrayList<>();
        for (StepDraft d : drafts) {
            if (d == gone) {
                continue;
            }
            if (!d.dependsOn().contains(gone.key())) {
                next.add(d);
                continue;
            }
            Set<String> deps = new LinkedHashSet<>(d.dependsOn());
            deps.remove(gone.key());
            deps.addAll(gone.dependsOn());
            next.add(new StepDraft(
                    d.key(),
                    d.title(),
                    d.owner(),
                    d.durationDays(),
                    List.copyOf(deps),
                    d.involves(),
                    d.assigneeContactId()));
        }
        return next;
    }

    /** A key made from {@code title} ({@code legal-review}), unique among the steps; empty for no title. */
    static String keyFor(List<StepDraft> drafts, String title) {
        String base = title == null
                ? ""
                : title.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
        base = base.length() > 40 ? base.substring(0, 40).replaceAll("-$", "") : base;
        if (base.isEmpty()) {
            return "";
        }
        String key = base;
        for (int n = 2; indexOrMinus(drafts, key) >= 0; n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static int indexOrMinus(List<StepDraft> drafts, String key) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
