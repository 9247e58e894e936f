package io.closewright.closeplan;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.web.FormErrors;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the problems of a refused plan ({@code steps[3].durationDays: ...}) on the form of the step
 * being changed; problems of other steps become form-wide messages naming the step.
 */
final class PlanProblems {

    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.?(.*)");

    private PlanProblems() {}

    static void place(List<FieldProblem> problems, int index, List<StepDraft> drafts, FormErrors errors) {
        for (FieldProblem p : problems) {
            Matcher m = STEP_FIELD.matcher(p.field());
            if (!m.matches()) {
                errors.addGeneral(p.message());
            } else if (Integer.parseInt(m.group(1)) == index && !m.group(2).isEmpty()) {
                errors.add(m.group(2), p.message());
            } else {
                errors.addGeneral(stepName(drafts, Integer.parseInt(m.group(1))) + ": " + p.message());
            }
        }
    }

    private static String stepName(List<StepDraft> drafts, int index) {
        if (index < 0 || index >= drafts.size() || drafts.get(index) == null) {
            return "Step " + (index + 1);
        }
        StepDraft d = drafts.get(index);
        return "Step “" + (d.title() == null ? d.key() : d.title()) + "”";
    }
}
