package io.closewright.bench;

import static io.closewright.closeplan.scheduling.StepOwner.BUYER;
import static io.closewright.closeplan.scheduling.StepOwner.JOINT;
import static io.closewright.closeplan.scheduling.StepOwner.SELLER;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The plans and calendar the benchmarks schedule; the random plan is seeded, so every run gets the same. */
final class BenchmarkPlans {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private BenchmarkPlans() {}

    /** Monday to Friday with ten holidays a year from 2026 to 2035. */
    static BusinessCalendar calendar() {
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = 2026; year <= 2035; year++) {
            for (int[] monthDay : new int[][] {{1, 1}, {1, 19}, {2, 16}, {5, 25}, {7, 3}, {9, 7}, {10, 12},
                    {11, 26}, {11, 27}, {12, 25}}) {
                holidays.add(LocalDate.of(year, monthDay[0], monthDay[1]));
            }
        }
        return BusinessCalendar.mondayToFriday(holidays);
    }

    /** An enterprise deal: evaluation, security, legal and procurement in parallel branches, two steps done. */
    static List<StepSpec> twelveSteps() {
        return List.of(
                StepSpec.open("discovery", "Discovery call", SELLER, 3).withDoneOn(LocalDate.of(2026, 11, 18)),
                StepSpec.open("champion", "Confirm champion", JOINT, 2, "discovery").withDoneOn(TODAY),
                StepSpec.open("demo", "Tailored demo", SELLER, 2, "discovery"),
                StepSpec.open("business-case", "Business case", JOINT, 5, "champion", "demo"),
                StepSpec.open("security", "Security questionnaire", BUYER, 10, "demo"),
                StepSpec.open("poc", "Technical validation", JOINT, 15, "demo"),
                StepSpec.open("proposal", "Proposal", SELLER, 3, "business-case"),
                StepSpec.open("legal", "MSA legal review", BUYER, 10, "proposal"),
                StepSpec.open("procurement", "Procurement", BUYER, 7, "proposal", "security"),
                StepSpec.open("sponsor", "Executive sponsor approval", BUYER, 3, "business-case", "poc"),
                StepSpec.open("negotiation", "Final negotiation", JOINT, 3, "legal", "procurement", "sponsor"),
                StepSpec.open("signature", "Signature", BUYER, 2, "negotiation"));
    }

    /**
     * {@code size} steps, each depending on up to three of the 50 steps before it, durations mostly
     * 1 to 10 working days (one in twenty up to 30), listed in shuffled order, none done.
     */
    static List<StepSpec> randomDag(int size, long seed) {
        Random random = new Random(seed);
        List<StepSpec> steps = new ArrayList<>(size);
        for (int step = 0; step < size; step++) {
            Set<String> dependsOn = new HashSet<>();
            int links = step == 0 ? 0 : random.nextInt(4);
            for (int link = 0; link < links; link++) {
                dependsOn.add(key(Math.max(0, step - 1 - random.nextInt(50))));
            }
            int duration = random.nextInt(20) == 0 ? 1 + random.nextInt(30) : 1 + random.nextInt(10);
            StepOwner owner = StepOwner.values()[random.nextInt(3)];
            steps.add(new StepSpec(key(step), "Step " + step, owner, duration, new ArrayList<>(dependsOn), null));
        }
        Collections.shuffle(steps, random);
        return steps;
    }

    private static String key(int step) {
        return String.format("step-%04d", step);
    }
}
