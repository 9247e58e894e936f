package io.closewright.demo.bench;

/**
 * The generated close plan of an open deal: {@code steps} steps keyed {@code s01} on, seller, buyer and
 * joint, mostly a chain with parallel branches (every fifth step runs beside the one before it, every
 * seventh waits for two), and as many steps done as the deal's stage says.
 */
final class PlanShape {

    private static final String[] TITLES = {
        "Discovery call",
        "Confirm pain and impact",
        "Map the buying committee",
        "Agree success criteria",
        "Technical deep dive",
        "Proof of concept set-up",
        "Proof of concept review",
        "Business case draft",
        "ROI sign-off by the champion",
        "Executive sponsor meeting",
        "Security questionnaire",
        "Security review",
        "Proposal",
        "Pricing approval",
        "Legal redlines",
        "Procurement onboarding",
        "Reference call",
        "Final terms",
        "Order form",
        "Signature"
    };
    private static final String[] OWNERS = {"SELLER", "JOINT", "BUYER"};
    private static final String[] INVOLVES = {"CHAMPION", "", "ECONOMIC_BUYER", "", "SECURITY", "LEGAL,PROCUREMENT"};

    private static final String[] KEYS = new String[100];

    static {
        for (int p = 1; p < KEYS.length; p++) {
            KEYS[p] = String.format("s%02d", p);
        }
    }

    private PlanShape() {}

    static String key(int position) {
        return position < KEYS.length ? KEYS[position] : "s" + position;
    }

    static String title(int position) {
        return TITLES[(position - 1) % TITLES.length] + (position > TITLES.length ? " " + position : "");
    }

    static String owner(DealSpec deal, int position) {
        return OWNERS[(position + deal.index()) % OWNERS.length];
    }

    static int duration(DealSpec deal, int position) {
        return 1 + (deal.index() * 7 + position * 3) % 4 + (position % 9 == 0 ? 4 : 0);
    }

    static String involves(int position) {
        return INVOLVES[position % INVOLVES.length];
    }

    /** The keys step {@code position} waits for, joined by commas. */
    static String dependsOn(int position) {
        if (position == 1) {
            return "";
        }
        if (position % 5 == 0 && position > 2) {
            return key(position - 2);
        }
        if (position % 7 == 0 && position > 3) {
            return key(position - 1) + "," + key(position - 3);
        }
        return key(position - 1);
    }

    /** How many of the first steps are done: more the further along the stages the deal is. */
    static int done(DealSpec deal, int steps) {
        int rank = deal.stageRank();
        int from = steps * rank * 17 / 100;
        int spread = Math.max(1, steps * 17 / 100);
        return Math.min(steps - 1, from + deal.index() % spread);
    }
}
